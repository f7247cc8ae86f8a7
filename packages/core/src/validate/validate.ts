/**
 * `validate(input, { lang })` never throws: it returns the typed, cleaned document or the list
 * of issues, each with a stable code, a path, a severity and a message naming the field.
 */
import type { z } from "zod";
import { describePath, type Lang } from "../labels";
import { Document, SCHEMA_VERSION } from "../model/document";
import { migrate } from "../model/migrate";
import { makeContext, RULES, runRules } from "../rules";
import { compileCheck } from "./fast";
import { cleanDocument, TooDeepError } from "./hygiene";
import type { Issue, IssuePath, RawIssue, ValidateOptions, ValidationResult } from "./issues";
import { message } from "./messages";

/** Examples shown in format messages, by the key of the field. */
const FORMAT_EXAMPLES: Record<string, string> = {
  date: "2024-05-08",
  from: "2024-01-01",
  to: "2024-06-30",
  signedOn: "2024-05-08",
  since: "2020-01-15",
  rateDate: "2024-05-08",
  signedAt: "2024-05-17T08:21:46+07:00",
  code: "448/SNgV-LSHTQT, 57-KL/TW",
  symbol: "BC-UBND",
  abbreviation: "UBND",
  currency: "VND, USD",
  key: "foreignersArrived",
  id: "quan-ly-bien-gioi",
  area: "consular, custom:quan-ly-bien-gioi",
};

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function fromZod(issue: z.core.$ZodIssue, data: unknown): RawIssue {
  const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
  const base = { path, severity: "error" as const };
  switch (issue.code) {
    case "invalid_type":
      if (at(data, path) === undefined) return { ...base, code: "schema.required" };
      if (issue.expected === "int") return { ...base, code: "schema.not-integer" };
      return { ...base, code: "schema.type", params: { expected: issue.expected } };
    case "too_small":
      return {
        ...base,
        code: "schema.too-small",
        params: { origin: issue.origin, minimum: Number(issue.minimum) },
      };
    case "too_big":
      return {
        ...base,
        code: "schema.too-big",
        params: { origin: issue.origin, maximum: Number(issue.maximum) },
      };
    case "invalid_format": {
      const key = path.at(-1);
      const example = typeof key === "string" ? FORMAT_EXAMPLES[key] : undefined;
      return { ...base, code: "schema.format", params: example ? { example } : {} };
    }
    case "invalid_value":
      return { ...base, code: "schema.enum", params: { values: issue.values } };
    case "unrecognized_keys":
      return { ...base, code: "schema.unknown-key", params: { keys: issue.keys } };
    case "invalid_union": {
      const u = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
      return {
        ...base,
        code: "schema.union",
        params: { discriminator: u.discriminator, options: u.options },
      };
    }
    case "custom": {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return { ...base, code: code ?? "schema.invalid" };
    }
    default:
      return { ...base, code: "schema.invalid" };
  }
}

/** Write the message of each raw issue, naming its field by the label chain of its path. */
export function finalize(raw: RawIssue[], data: unknown, lang: Lang): Issue[] {
  return raw.map((r) => {
    const steps = describePath(r.path, data, lang).filter((s) => s.key !== "body" && s.key !== "facts");
    const field = steps.length
      ? steps.map((s) => s.label).join(" › ")
      : lang === "vi"
        ? "Văn bản"
        : "Document";
    const issue: Issue = {
      code: r.code,
      path: r.path,
      severity: r.severity,
      message: message(r.code, field, r.params ?? {}, lang),
      field,
    };
    if (r.params) issue.params = r.params;
    return issue;
  });
}

/** The fast structural check (see fast.ts), compiled once on first use. */
let fastCheck: ((v: unknown) => boolean) | undefined;
function isDocument(v: unknown): v is Document {
  fastCheck ??= compileCheck(Document);
  return fastCheck(v);
}

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/** Validate a document. Never throws; the returned value is the cleaned, typed document. */
export function validate(input: unknown, opts: ValidateOptions = {}): ValidationResult<Document> {
  const lang = opts.lang ?? "vi";
  try {
    return validateUnsafe(input, lang);
  } catch (e) {
    // Hostile input (cyclic, absurdly deep) or a bug: still an answer, never an exception.
    const deep = e instanceof TooDeepError || e instanceof RangeError;
    const code = deep ? "document.too-deep" : "document.unexpected";
    const path = e instanceof TooDeepError ? e.path : [];
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issues: finalize(
        [{ code, path: [], severity: "error", params: { detail, depth: path.length } }],
        undefined,
        lang,
      ),
    };
  }
}

function validateUnsafe(input: unknown, lang: Lang): ValidationResult<Document> {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return {
      ok: false,
      issues: finalize(
        [{ code: "document.not-object", path: [], severity: "error", params: { received: kindOf(input) } }],
        input,
        lang,
      ),
    };
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok)
    return {
      ok: false,
      issues: finalize(
        [
          {
            code: migrated.code,
            path: ["schemaVersion"],
            severity: "error",
            params: { version: migrated.version, current: SCHEMA_VERSION },
          },
        ],
        input,
        lang,
      ),
    };
  const { value: cleaned, issues: raw } = cleanDocument(migrated.value);
  let doc: Document;
  if (isDocument(cleaned)) doc = cleaned;
  else {
    const parsed = Document.safeParse(cleaned);
    if (!parsed.success) {
      for (const i of parsed.error.issues) raw.push(fromZod(i, cleaned));
      return { ok: false, issues: finalize(raw, cleaned, lang) };
    }
    doc = parsed.data;
  }
  const ctx = makeContext(doc, raw);
  runRules(RULES, ctx);
  const issues = raw.length ? finalize(raw, doc, lang) : [];
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, value: doc, issues };
}

/** Parse JSON text and validate it: empty files and malformed JSON become issues too. */
export function validateJson(text: string, opts: ValidateOptions = {}): ValidationResult<Document> {
  const lang = opts.lang ?? "vi";
  if (text.trim() === "")
    return {
      ok: false,
      issues: finalize([{ code: "document.empty", path: [], severity: "error" }], undefined, lang),
    };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issues: finalize(
        [{ code: "document.not-json", path: [], severity: "error", params: { detail } }],
        undefined,
        lang,
      ),
    };
  }
  return validate(data, opts);
}
