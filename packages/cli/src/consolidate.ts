/**
 * `doingoai consolidate <folder|files…> --units units.json [--request request.json]
 * [--previous previous.json] [--inbox inbox.json] [--period from..to] --out <file>
 * [--format json|docx|html] [--record record.json] [--frame frame.json] [--issuing-body …]
 * [--parent-body …] [--place …] [--signer …] [--signer-title …] [--authority KT|TM|…]
 * [--on-behalf-of …] [--number …] [--symbol …]`: the receiving body's report from its units'
 * reports (`consolidate` of @doingoai/core), written as JSON, DOCX or HTML.
 *
 * Every report is validated first; an invalid one is left out with its issues. Nothing is
 * written when an output would replace an input. Exit code: 0 done, 1 done but some input was
 * left out (or could not be read), 2 usage error.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import {
  type ConsolidateOptions,
  consolidate,
  type Issue,
  type Lang,
  type ReportDocument,
  type ReportRequest,
  type ReportSubmission,
  requestOf,
  type Unit,
  validate,
  validateJson,
} from "@doingoai/core";
import { renderDocx, renderHtml } from "@doingoai/render";
import { inputsOf, readInput, unsafeOutput } from "./files";
import type { Strings } from "./strings";

export interface ConsolidateArgs {
  targets: string[];
  units?: string;
  request?: string;
  previous?: string;
  inbox?: string;
  period?: string;
  out?: string;
  format?: string;
  record?: string;
  /** A JSON file with the receiving body's frame (any part of a `Frame`). */
  frame?: string;
  /** Parts of the frame as flags; they override `frame`. */
  issuingBody?: string;
  parentBody?: string;
  place?: string;
  signer?: string;
  signerTitle?: string;
  authority?: string;
  onBehalfOf?: string;
  number?: string;
  symbol?: string;
}

/** The authorities of a signature (NĐ 30): TM, KT, TL, TUQ, Q or none. */
const AUTHORITIES = ["TM", "KT", "TL", "TUQ", "Q", "none"];

/**
 * The frame the flags give, over the frame file's: the issuing body, parent body, place, number,
 * symbol and the signature (signer's name, title, authority, on behalf of). A string names what is
 * wrong (a flag that is not a number or an authority, a frame file that is not an object).
 */
export function frameFrom(file: unknown, a: ConsolidateArgs): Record<string, unknown> | string {
  if (file !== undefined && !isObject(file)) return "{ issuingBody, place, signature, … }";
  const frame: Record<string, unknown> = structuredClone((file as Record<string, unknown>) ?? {});
  if (a.issuingBody !== undefined) {
    const body = isObject(frame.issuingBody) ? frame.issuingBody : {};
    frame.issuingBody = { ...body, name: a.issuingBody };
  }
  if (a.parentBody !== undefined) frame.parentBody = a.parentBody;
  if (a.place !== undefined) frame.place = a.place;
  if (a.symbol !== undefined) frame.symbol = a.symbol;
  if (a.number !== undefined) {
    if (!/^\d{1,6}$/.test(a.number.trim())) return "--number";
    frame.number = Number(a.number.trim());
  }
  if (a.authority !== undefined && !AUTHORITIES.includes(a.authority)) return "--authority";
  const flags = { name: a.signer, title: a.signerTitle, authority: a.authority, onBehalfOf: a.onBehalfOf };
  if (Object.values(flags).some((v) => v !== undefined)) {
    const sig: Record<string, unknown> = isObject(frame.signature) ? { ...frame.signature } : {};
    for (const [k, v] of Object.entries(flags)) if (v !== undefined) sig[k] = v;
    sig.authority ??= "none";
    frame.signature = sig;
  }
  return frame;
}

type Say = { out(line: string): void; err(line: string): void };
type Format = "json" | "docx" | "html";

/**
 * A period from `--period`: `2026-01-01..2026-06-30`, a year `2026`, a half `2026-H1`, a quarter
 * `2026-Q3`; undefined when it is none of these.
 */
export function parsePeriod(text: string): { from: string; to: string } | undefined {
  const t = text.trim();
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(t);
  const real = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
  };
  if (range)
    return real(range[1]!) && real(range[2]!) && range[1]! <= range[2]!
      ? { from: range[1]!, to: range[2]! }
      : undefined;
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/i.exec(t);
  if (!m) return undefined;
  const y = m[1]!;
  const part = m[2]?.toUpperCase();
  const last = (month: number) => new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const span = (a: number, b: number) => ({
    from: `${y}-${String(a).padStart(2, "0")}-01`,
    to: `${y}-${String(b).padStart(2, "0")}-${last(b)}`,
  });
  if (!part) return span(1, 12);
  if (part[0] === "H") return part === "H1" ? span(1, 6) : span(7, 12);
  const q = Number(part[1]);
  return span(q * 3 - 2, q * 3);
}

/** Reads a JSON input (units, request, previous, inbox): the value, or why not (already said). */
async function readJson(file: string, label: string, s: Strings, say: Say): Promise<{ value?: unknown }> {
  const r = await readInput(file);
  if (!("text" in r)) {
    say.err(r.tooLarge ? s.tooLarge(file, r.why) : s.cannotRead(file, r.why));
    return {};
  }
  try {
    return { value: JSON.parse(r.text) };
  } catch (e) {
    say.err(s.notJson(label, file, e instanceof Error ? e.message : String(e)));
    return {};
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A plain request `{ period, deadline?, expected? }` or a report request document, or why it is neither. */
function requestFrom(v: unknown, lang: Lang): ReportRequest | string {
  if (isObject(v) && v.kind === "report-request") {
    const r = validate(v, { lang });
    return r.ok && r.value.kind === "report-request"
      ? requestOf(r.value)
      : "kind: report-request (hợp lệ / valid)";
  }
  if (!isObject(v)) return "{ period, deadline?, expected? }";
  const p = v.period;
  if (!isObject(p) || typeof p.from !== "string" || typeof p.to !== "string") return "period: { from, to }";
  if (v.deadline !== undefined && typeof v.deadline !== "string") return "deadline";
  if (
    v.expected !== undefined &&
    !(Array.isArray(v.expected) && v.expected.every((x) => typeof x === "string"))
  )
    return "expected: [unit ids]";
  return v as unknown as ReportRequest;
}

interface InboxEntry {
  file: string;
  unit?: string;
  submittedAt?: string;
}

function inboxOf(v: unknown): InboxEntry[] | undefined {
  if (!Array.isArray(v)) return undefined;
  for (const e of v) {
    if (!isObject(e) || typeof e.file !== "string") return undefined;
    if (e.unit !== undefined && typeof e.unit !== "string") return undefined;
    if (e.submittedAt !== undefined && typeof e.submittedAt !== "string") return undefined;
  }
  return v as InboxEntry[];
}

function issueLine(i: Issue, s: Strings): string {
  const where = i.path.length ? `${i.path.join(".")}: ` : "";
  return `  ${i.severity === "error" ? s.error : s.warning}  ${where}${i.message}  [${i.code}]`;
}

export async function consolidateCommand(
  a: ConsolidateArgs,
  lang: Lang,
  s: Strings,
  say: Say,
): Promise<number> {
  const format = (a.format ?? (a.out ? extname(a.out).slice(1).toLowerCase() : "")) as Format;
  if (a.targets.length === 0 && !a.inbox) {
    say.err(s.needReports);
    return 2;
  }
  if (!a.units) {
    say.err(s.needUnits);
    return 2;
  }
  if (!a.out) {
    say.err(s.needOut);
    return 2;
  }
  if (format !== "json" && format !== "docx" && format !== "html") {
    say.err(s.needConsolidateFormat);
    return 2;
  }
  const period = a.period === undefined ? undefined : parsePeriod(a.period);
  if (a.period !== undefined && !period) {
    say.err(s.badPeriod(a.period));
    return 2;
  }

  // The inputs: the reports (files, folders, the inbox's files) and the side files.
  const reports: { file: string; unit?: string; submittedAt?: string }[] = [];
  let failed = false;
  const seen = new Set<string>();
  const addReport = (e: { file: string; unit?: string; submittedAt?: string }) => {
    if (seen.has(e.file)) return;
    seen.add(e.file);
    reports.push(e);
  };
  if (a.inbox) {
    const { value } = await readJson(a.inbox, "--inbox", s, say);
    if (value === undefined) return 1;
    const entries = inboxOf(value);
    if (!entries) {
      say.err(s.badInbox(a.inbox));
      return 1;
    }
    for (const e of entries) addReport({ ...e, file: join(dirname(a.inbox), e.file) });
  }
  for (const target of a.targets) {
    let found: Awaited<ReturnType<typeof inputsOf>>;
    try {
      found = await inputsOf(target);
    } catch (e) {
      say.err(s.cannotRead(target, (e as NodeJS.ErrnoException).code ?? String(e)));
      failed = true;
      continue;
    }
    for (const skipped of found.skipped) say.err(s.notRegular(skipped));
    if (found.folder && found.files.length === 0) say.err(s.noJson(target));
    for (const file of found.files) if (file !== "-") addReport({ file });
  }
  const sideFiles = [a.units, a.request, a.previous, a.inbox, a.frame].filter(
    (f): f is string => f !== undefined,
  );
  const outputs = [a.out, ...(a.record ? [a.record] : [])];
  const bad = await unsafeOutput([...reports.map((r) => r.file), ...sideFiles], outputs);
  if (bad) {
    say.err(bad.input ? s.outIsInput(bad.output, bad.input) : s.outNotFile(bad.output));
    return 2;
  }

  const units = await readJson(a.units, "--units", s, say);
  if (units.value === undefined) return 1;
  if (!Array.isArray(units.value)) {
    say.err(s.badUnits(a.units));
    return 1;
  }
  let request: ReportRequest | undefined;
  if (a.request) {
    const { value } = await readJson(a.request, "--request", s, say);
    if (value === undefined) return 1;
    const r = requestFrom(value, lang);
    if (typeof r === "string") {
      say.err(s.badRequest(a.request, r));
      return 1;
    }
    request = r;
  }
  if (period) request = { ...(request ?? {}), period };
  let previous: ReportDocument | undefined;
  if (a.previous) {
    const { value } = await readJson(a.previous, "--previous", s, say);
    if (value === undefined) return 1;
    const v = validate(value, { lang });
    if (!v.ok || v.value.kind !== "report") {
      say.err(s.badPrevious(a.previous));
      for (const i of v.issues.filter((x) => x.severity === "error").slice(0, 10)) say.err(issueLine(i, s));
      return 1;
    }
    previous = v.value;
  }

  let frameFile: unknown;
  if (a.frame) {
    const { value } = await readJson(a.frame, "--frame", s, say);
    if (value === undefined) return 1;
    frameFile = value;
  }
  const frame = frameFrom(frameFile, a);
  if (typeof frame === "string") {
    say.err(s.badFrame(a.frame ?? "", frame));
    return a.frame && frame.startsWith("{") ? 1 : 2;
  }
  const framed = Object.keys(frame).length > 0;

  // Each report is validated before it is consolidated (as a portal does on upload).
  const submissions: ReportSubmission[] = [];
  for (const r of reports) {
    const read = await readInput(r.file);
    if (!("text" in read)) {
      say.err(read.tooLarge ? s.tooLarge(r.file, read.why) : s.cannotRead(r.file, read.why));
      failed = true;
      continue;
    }
    const v = validateJson(read.text, { lang });
    if (!v.ok) {
      say.err(s.leftOutInvalid(r.file));
      for (const i of v.issues.filter((x) => x.severity === "error").slice(0, 10)) say.err(issueLine(i, s));
      failed = true;
      continue;
    }
    const source = r.file.split(/[\\/]/).pop()!;
    submissions.push({
      document: v.value as ReportDocument,
      source,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
    });
  }

  const result = consolidate(submissions, {
    units: units.value as Unit[],
    ...(request ? { request } : {}),
    ...(previous ? { previous } : {}),
    ...(framed ? { frame: frame as ConsolidateOptions["frame"] } : {}),
    lang,
  });
  const errors = result.issues.filter((i) => i.severity === "error").length;
  for (const i of result.issues) say.err(issueLine(i, s));
  const st = result.record.status;
  say.out(s.consolidated(submissions.length, st));

  const checked = validate(result.document, { lang });
  const frameErrors = checked.issues.filter((i) => i.severity === "error" && i.path[0] === "frame");
  if (framed && frameErrors.length) {
    // The frame the user gave is wrong: say which part, in the model's words; nothing is written.
    say.err(s.badFrameParts(a.frame));
    for (const i of frameErrors.slice(0, 20)) say.err(issueLine(i, s));
    return 1;
  }
  if (!checked.ok) {
    say.err(s.consolidatedInvalid);
    for (const i of checked.issues.filter((x) => x.severity === "error").slice(0, 20))
      say.err(issueLine(i, s));
    return 1;
  }
  try {
    await mkdir(dirname(a.out), { recursive: true });
    const data =
      format === "docx"
        ? await renderDocx(checked.value)
        : format === "html"
          ? renderHtml(checked.value)
          : `${JSON.stringify(result.document, null, 2)}\n`;
    await writeFile(a.out, data);
    say.out(s.wrote(a.out));
    if (a.record) {
      await mkdir(dirname(a.record), { recursive: true });
      await writeFile(
        a.record,
        `${JSON.stringify({ record: result.record, issues: result.issues }, null, 2)}\n`,
      );
      say.out(s.wrote(a.record));
    }
  } catch (e) {
    say.err(s.renderFailed(a.out, e instanceof Error ? e.message : String(e)));
    return 1;
  }
  return failed || errors > 0 ? 1 : 0;
}
