/**
 * `validate(input, { lang })` never throws: it returns the typed, cleaned document or the list
 * of issues, each with a stable code, a path, a severity and a message naming the field.
 */
import { MODEL_IR } from "../generated/ir";
import { describePath, type Lang } from "../labels";
import { SCHEMA_VERSION } from "../model/constants";
import type { Document } from "../model/document";
import { LIMITS } from "../model/limits";
import { migrate } from "../model/migrate";
import { makeContext, RULES, runObjectRules, splitRules } from "../rules";
import { boundInput, boundsOf, MAX_DEPTH, type ModelBounds, TooDeepError, TooLargeError } from "./bounds";
import { runRulesGuarded } from "./guarded";
import { cleanDocument } from "./hygiene";
import { makeValidator, type Validator } from "./interpret";
import type { Issue, RawIssue, ValidateOptions, ValidationResult } from "./issues";
import { message } from "./messages";

/**
 * Write the message of each raw issue, naming its field by the label chain of its path. At most
 * `LIMITS.issues` are written; past that, one `document.too-many-issues` says how many there were.
 */
export function finalize(raw: RawIssue[], data: unknown, lang: Lang): Issue[] {
  if (raw.length > LIMITS.issues) {
    const total = raw.length;
    // An error among the issues left out keeps the document invalid; warnings only do not.
    const severity = raw.slice(LIMITS.issues).some((r) => r.severity === "error") ? "error" : "warning";
    raw = raw.slice(0, LIMITS.issues);
    raw.push({
      code: "document.too-many-issues",
      path: [],
      severity,
      params: { shown: LIMITS.issues, total },
    });
  }
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

let split: ReturnType<typeof splitRules> | undefined;
const rules = () => {
  split ??= splitRules(RULES);
  return split;
};

/** What bounds.ts needs to know of the model, from its IR, on first use. */
let modelBounds: ModelBounds | undefined;
const bounds = () => {
  modelBounds ??= boundsOf(MODEL_IR);
  return modelBounds;
};

function tooLarge(what: TooLargeError["what"], lang: Lang): ValidationResult<Document> {
  return {
    ok: false,
    issues: finalize(
      [
        {
          code: "document.too-large",
          path: [],
          severity: "error",
          params: { limit: what, maximum: LIMITS[what] },
        },
      ],
      undefined,
      lang,
    ),
  };
}

/** The structural validator, compiled from the model IR on first use. */
let structural: Validator | undefined;
function validator(): Validator {
  structural ??= makeValidator(MODEL_IR);
  return structural;
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
    // Hostile input (cyclic, absurdly deep or large) or a bug: still an answer, never an exception.
    if (e instanceof TooLargeError) return tooLarge(e.what, lang);
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
  // Lengths and sizes first, before anything scans the text (bounds.ts).
  const bounded = boundInput(input, bounds()) as Record<string, unknown>;
  const migrated = migrate(bounded);
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
  const { documentRules, objectRules } = rules();
  if (!validator().check(cleaned)) {
    // Every error at once: the rules still run on the parts that are valid (guarded.ts).
    const structural = validator().issues(cleaned);
    raw.push(...structural, ...runRulesGuarded(cleaned, structural, documentRules, objectRules));
    return { ok: false, issues: finalize(raw, cleaned, lang) };
  }
  // The rules see a structurally valid document: first those attached to schema nodes (one
  // walk along the model IR), then the document rules.
  const doc = cleaned as Document;
  const ruleIssues: RawIssue[] = [];
  const ctx = makeContext(doc, ruleIssues);
  runObjectRules(MODEL_IR, "Document", doc, objectRules, ctx);
  for (const r of documentRules) r(ctx);
  raw.push(...ruleIssues);
  const issues = raw.length ? finalize(raw, doc, lang) : [];
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, value: doc, issues };
}

/**
 * How deep the arrays and objects of JSON text nest (brackets inside strings not counted), up
 * to the first point past {@link MAX_DEPTH}: parsing deeper text would only cost memory.
 */
function jsonDepth(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH + 1) return depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth;
}

/** Parse JSON text and validate it: empty files and malformed JSON become issues too. */
export function validateJson(text: string, opts: ValidateOptions = {}): ValidationResult<Document> {
  const lang = opts.lang ?? "vi";
  if (text.length > LIMITS.jsonText) return tooLarge("jsonText", lang);
  if (text.trim() === "")
    return {
      ok: false,
      issues: finalize([{ code: "document.empty", path: [], severity: "error" }], undefined, lang),
    };
  if (jsonDepth(text) > MAX_DEPTH + 1)
    return {
      ok: false,
      issues: finalize([{ code: "document.too-deep", path: [], severity: "error" }], undefined, lang),
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
