/**
 * `readDocx(bytes)` gives back the document a DOCX carries (see payload.ts). Errors are data, as
 * in core: the result is core's `ValidationResult<Document>`, and what is wrong with the file
 * itself is an issue with a `docx.*` code. The JSON found is validated like any other input
 * (migrated, cleaned, checked), since a DOCX comes from outside and may have been edited.
 */
import { type Document, type Issue, type Lang, type ValidationResult, validateJson } from "@doingoai/core";
import { unzipSync } from "fflate";
import { PAYLOAD_NAMESPACE, payloadJsonOf } from "./payload";

export interface ReadDocxOptions {
  /** Language of the messages; Vietnamese by default. */
  lang?: Lang;
}

/** Codes of the issues about the file rather than the document in it. */
export type ReadDocxCode =
  | "docx.unreadable"
  | "docx.no-document"
  | "docx.malformed-document"
  | "docx.too-large";

/** The largest custom XML part read (its uncompressed size), against zip bombs. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
/** DEFLATE cannot inflate more than this per compressed byte: a larger claim is a lie. */
const MAX_DEFLATE_RATIO = 1032;
const ITEM = /^customXml\/item\d+\.xml$/;

const MESSAGES: Record<ReadDocxCode, Record<Lang, string>> = {
  "docx.unreadable": {
    vi: "Không đọc được tệp DOCX: tệp bị hỏng hoặc không phải tệp DOCX.",
    en: "The DOCX file cannot be read: it is damaged or not a DOCX file.",
  },
  "docx.no-document": {
    vi: "Tệp DOCX không mang dữ liệu văn bản: tệp không do doingoai tạo ra, hoặc dữ liệu đã bị xóa.",
    en: "The DOCX file carries no document data: it was not made by doingoai, or the data was removed.",
  },
  "docx.malformed-document": {
    vi: "Dữ liệu văn bản trong tệp DOCX bị hỏng.",
    en: "The document data inside the DOCX file is damaged.",
  },
  "docx.too-large": {
    vi: `Dữ liệu văn bản trong tệp DOCX quá lớn (tối đa ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB).`,
    en: `The document data inside the DOCX file is too large (at most ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB).`,
  },
};

function fail(code: ReadDocxCode, lang: Lang, params?: Record<string, unknown>): ValidationResult<Document> {
  const issue: Issue = {
    code,
    path: [],
    severity: "error",
    message: MESSAGES[code][lang],
    field: lang === "vi" ? "Tệp DOCX" : "DOCX file",
  };
  if (params) issue.params = params;
  return { ok: false, issues: [issue] };
}

/** The custom XML parts of the package, by name, in order; undefined if it is not a zip file. */
function customXmlParts(bytes: Uint8Array): { parts: [string, Uint8Array][]; tooLarge: boolean } | undefined {
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        if (!ITEM.test(name)) return false;
        if (originalSize > MAX_PAYLOAD_BYTES || originalSize > Math.max(1, size) * MAX_DEFLATE_RATIO) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
    const number = (name: string) => Number(/\d+/.exec(name)?.[0] ?? 0);
    const parts = Object.entries(files).sort(([a], [b]) => number(a) - number(b));
    return { parts, tooLarge };
  } catch {
    return undefined;
  }
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
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const found = customXmlParts(data);
  if (!found) return fail("docx.unreadable", lang);
  let malformed = false;
  for (const [, content] of found.parts) {
    const xml = decodeXml(content);
    if (xml === undefined) {
      malformed ||= new TextDecoder().decode(content).includes(PAYLOAD_NAMESPACE);
      continue;
    }
    if (!xml.includes(PAYLOAD_NAMESPACE)) continue;
    const json = payloadJsonOf(xml);
    if (json === undefined) {
      malformed = true;
      continue;
    }
    return validateJson(json, { lang });
  }
  if (found.tooLarge) return fail("docx.too-large", lang, { maximum: MAX_PAYLOAD_BYTES });
  return fail(malformed ? "docx.malformed-document" : "docx.no-document", lang);
}
