/**
 * `readDocx(bytes)` gives back the document a DOCX carries (see payload.ts). Errors are data, as
 * in core: the result is core's `ValidationResult<Document>`, and what is wrong with the file
 * itself is an issue with a `docx.*` code. The JSON found is validated like any other input
 * (migrated, cleaned, checked), since a DOCX comes from outside and may have been edited.
 *
 * The file is untrusted: it is read by zip.ts (limits on the file, the entry count, each
 * inflated part and their total, counted while inflating; overlapping entries refused), and
 * only the custom XML parts that may hold the document are inflated at all.
 */
import { type Document, type Issue, type Lang, type ValidationResult, validateJson } from "@doingoai/core";
import { PAYLOAD_NAMESPACE, payloadJsonOf } from "./payload";
import { InflateBudget, listEntries, type ZipLimits, ZipRefused } from "./zip";

/** Limits on an untrusted DOCX file (see {@link DOCX_LIMITS}). */
export type DocxLimits = ZipLimits;

export interface ReadDocxOptions {
  /** Language of the messages; Vietnamese by default. */
  lang?: Lang;
  /** Lower (or raise) the limits on the file; {@link DOCX_LIMITS} by default. */
  limits?: Partial<DocxLimits>;
}

/** Codes of the issues about the file rather than the document in it. */
export type ReadDocxCode =
  | "docx.unreadable"
  | "docx.no-document"
  | "docx.malformed-document"
  | "docx.too-large";

const MB = 1024 * 1024;

/**
 * The limits `readDocx` applies by default. The largest valid document (core's `LIMITS`: at
 * most 300,000 characters of text and 20,000 values) has a data part of about 2.5 MB at worst
 * and a DOCX of a few megabytes; Word and LibreOffice write a few dozen entries.
 */
export const DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 32 * MB,
  maxEntries: 2000,
  maxPartBytes: 8 * MB,
  maxTotalBytes: 10 * MB,
});

/** The largest custom XML part read (its inflated size), against zip bombs. */
export const MAX_PAYLOAD_BYTES = DOCX_LIMITS.maxPartBytes;

const ITEM = /^customXml\/item(\d{1,9})\.xml$/;

const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;

const MESSAGES: Record<ReadDocxCode, Record<Lang, (p: DocxLimits) => string>> = {
  "docx.unreadable": {
    vi: () => "Không đọc được tệp DOCX: tệp bị hỏng hoặc không phải tệp DOCX.",
    en: () => "The DOCX file cannot be read: it is damaged or not a DOCX file.",
  },
  "docx.no-document": {
    vi: () => "Tệp DOCX không mang dữ liệu văn bản: tệp không do doingoai tạo ra, hoặc dữ liệu đã bị xóa.",
    en: () => "The DOCX file carries no document data: it was not made by doingoai, or the data was removed.",
  },
  "docx.malformed-document": {
    vi: () => "Dữ liệu văn bản trong tệp DOCX bị hỏng.",
    en: () => "The document data inside the DOCX file is damaged.",
  },
  "docx.too-large": {
    vi: (l) =>
      `Tệp DOCX quá lớn hoặc nén bất thường: tệp tối đa ${mb(l.maxFileBytes)}, ${l.maxEntries} phần; dữ liệu văn bản giải nén tối đa ${mb(l.maxPartBytes)}.`,
    en: (l) =>
      `The DOCX file is too large or abnormally compressed: at most ${mb(l.maxFileBytes)} and ${l.maxEntries} parts; the document data at most ${mb(l.maxPartBytes)} uncompressed.`,
  },
};

function fail(
  code: ReadDocxCode,
  lang: Lang,
  limits: DocxLimits,
  params?: Record<string, unknown>,
): ValidationResult<Document> {
  const issue: Issue = {
    code,
    path: [],
    severity: "error",
    message: MESSAGES[code][lang](limits),
    field: lang === "vi" ? "Tệp DOCX" : "DOCX file",
  };
  if (params) issue.params = params;
  return { ok: false, issues: [issue] };
}

/** The text of an XML part: UTF-8, or UTF-16 when it starts with a byte order mark. */
function decodeXml(content: Uint8Array): string | undefined {
  const encoding =
    content[0] === 0xff && content[1] === 0xfe
      ? "utf-16le"
      : content[0] === 0xfe && content[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
}

/** The document a DOCX made by `renderDocx` carries, validated; or the issues. Never throws. */
export function readDocx(
  bytes: Uint8Array | ArrayBuffer,
  opts: ReadDocxOptions = {},
): ValidationResult<Document> {
  const lang = opts.lang ?? "vi";
  const limits: DocxLimits = { ...DOCX_LIMITS, ...opts.limits };
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let json: string | undefined;
  let malformed = false;
  try {
    const parts = listEntries(data, limits)
      .map((entry) => ({ entry, number: Number(ITEM.exec(entry.name)?.[1] ?? -1) }))
      .filter((p) => p.number >= 0)
      .sort((a, b) => a.number - b.number);
    const budget = new InflateBudget(limits);
    for (const { entry } of parts) {
      const content = budget.read(data, entry);
      const xml = decodeXml(content);
      if (xml === undefined) {
        malformed ||= new TextDecoder().decode(content).includes(PAYLOAD_NAMESPACE);
        continue;
      }
      if (!xml.includes(PAYLOAD_NAMESPACE)) continue;
      json = payloadJsonOf(xml);
      if (json !== undefined) break;
      malformed = true;
    }
  } catch (e) {
    if (e instanceof ZipRefused)
      return e.reason === "too-large"
        ? fail("docx.too-large", lang, limits, { ...limits, detail: e.message })
        : fail("docx.unreadable", lang, limits, { detail: e.message });
    return fail("docx.unreadable", lang, limits, { detail: e instanceof Error ? e.message : String(e) });
  }
  if (json !== undefined) return validateJson(json, { lang });
  return fail(malformed ? "docx.malformed-document" : "docx.no-document", lang, limits);
}
