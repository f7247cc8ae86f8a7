/**
 * Numbers and symbols of documents: reading a cited code (state style `448/SNgV-LSHTQT`,
 * `03/2021/TT-BNG`; Party style `57-KL/TW`), writing a citation in running text ("Công văn số
 * 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ …"), and the "Số: 05/BC-UBND" line (ô 3).
 */
import type { Citation } from "../model/values";
import { cleanText } from "../text/hygiene";
import { formatDateLong, formatDateShort } from "./dates";
import { KIND_NAMES } from "./kind-names";

/**
 * Kind abbreviations that open a state-style symbol (`47/NQ-CP`, `03/2021/TT-BNG`): NĐ 30
 * Phụ lục III plus the legal-text kinds (NĐ, TT, TTLT, NQLT, VBHN) and KL. A công văn has none:
 * its symbol starts with the issuer (`448/SNgV-LSHTQT`).
 */
export const KIND_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...Object.keys(KIND_NAMES),
  "NĐ",
  "TT",
  "TTLT",
  "NQLT",
  "VBHN",
  "KL",
]);

/** A cited code, read. `parts` are the groups of the symbol in order, without number and year. */
export interface ParsedCitationCode {
  style: "state" | "party";
  number: number;
  year?: number;
  kindAbbr?: string;
  issuer: string;
  parts: string[];
}

const GROUP = "[\\p{Lu}\\p{Ll}\\d&.]+";
const STATE_CODE = new RegExp(`^(\\d{1,6})(?:/(\\d{4}))?/(${GROUP}(?:-${GROUP})*)$`, "u");
const PARTY_CODE = new RegExp(`^(\\d{1,6})-(${GROUP})/(${GROUP}(?:-${GROUP})*)$`, "u");

/**
 * Read the number and symbol of a cited text; `null` when it is neither style.
 * State style: the first group is the kind when it is a known abbreviation (`47/NQ-CP`: kind NQ,
 * issuer CP), otherwise the issuer (`448/SNgV-LSHTQT`: issuer SNgV). Party style: the kind sits
 * between the number and "/" (`57-KL/TW`: kind KL, issuer TW; parts ["KL", "TW"]).
 * @example parseCitationCode("03/2021/TT-BNG") // { style: "state", number: 3, year: 2021, kindAbbr: "TT", issuer: "BNG", parts: ["TT", "BNG"] }
 */
export function parseCitationCode(code: string): ParsedCitationCode | null {
  const text = cleanText(code).trim();
  const party = PARTY_CODE.exec(text);
  if (party !== null) {
    const [, num, kind, symbol] = party;
    const rest = symbol!.split("-");
    return {
      style: "party",
      number: Number(num),
      kindAbbr: kind!,
      issuer: rest[0]!,
      parts: [kind!, ...rest],
    };
  }
  const state = STATE_CODE.exec(text);
  if (state === null) return null;
  const [, num, year, symbol] = state;
  const parts = symbol!.split("-");
  const first = parts[0]!;
  const hasKind = parts.length >= 2 && KIND_ABBREVIATIONS.has(first);
  return {
    style: "state",
    number: Number(num),
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(hasKind ? { kindAbbr: first } : {}),
    issuer: hasKind ? parts[1]! : first,
    parts,
  };
}

/** A title that states a subject ("về việc …", "về …", "V/v …"): it never names the text. */
const SUBJECT_TITLE = /^(?:về|v\/v)(?:\s|$)/iu;

/** Options of {@link formatCitation}. */
export interface CitationFormatOptions {
  /** "short": "ngày 08/5/2024" (default); "long": "ngày 08 tháng 5 năm 2024". */
  dateStyle?: "short" | "long";
  /** Name the issuer ("của Sở Ngoại vụ …"). Default true. */
  withIssuer?: boolean;
  /** Include the title. Default true. */
  withTitle?: boolean;
}

/**
 * A cited text in running text: "{kind} số {code} ngày {date} của {issuer} {title}", missing parts
 * left out. The title is never changed: as the model writes it ("về việc …", "ban hành Quy chế …"),
 * it follows the issuer after one space. One exception, for a text cited by name alone (no number,
 * no date): a title that is not "về …"/"V/v …" names the text and follows the kind
 * ("Chương trình công tác tháng 3/2024 của UBND tỉnh").
 * @example formatCitation({ kind: "Công văn", code: "448/SNgV-LSHTQT", date: "2024-05-08", issuer: "Sở Ngoại vụ tỉnh Lạng Sơn", title: "về việc báo cáo công tác đối ngoại" })
 *   === "Công văn số 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ tỉnh Lạng Sơn về việc báo cáo công tác đối ngoại"
 */
export function formatCitation(c: Citation, opts?: CitationFormatOptions): string {
  const title = opts?.withTitle === false ? "" : (c.title?.trim() ?? "");
  const hasCode = c.code !== undefined && c.code !== "";
  const isName = title !== "" && !hasCode && c.date === undefined && !SUBJECT_TITLE.test(title);
  let out: string = c.kind;
  if (isName) out += ` ${title}`;
  if (hasCode) out += ` số ${c.code}`;
  if (c.date !== undefined) {
    out += opts?.dateStyle === "long" ? ` ${formatDateLong(c.date)}` : ` ngày ${formatDateShort(c.date)}`;
  }
  if (opts?.withIssuer !== false && c.issuer !== undefined && c.issuer.trim() !== "")
    out += ` của ${c.issuer.trim()}`;
  if (title !== "" && !isName) out += ` ${title}`;
  return out;
}

/**
 * The blank left for the number of a draft (filled in by the records office on issue): five
 * spaces, put where the digits go ("Số:" + " " + NUMBER_BLANK + "/BC-UBND").
 */
export const NUMBER_BLANK = "     ";

/**
 * The number-and-symbol line (ô 3): a number below 10 takes a leading zero; no number (a draft)
 * leaves {@link NUMBER_BLANK}. The symbol is given without the leading "/" (one is tolerated).
 * A Party-style symbol (kind/issuer, "KH/ĐU") takes a hyphen after the number: "Số: 12-KH/ĐU".
 * The number never carries a thousands separator ("Số: 1250/BC-SNgV").
 * A number that is not a whole number ≥ 1, or an empty symbol, is a RangeError.
 * @example formatDocumentNumber(5, "BC-UBND") === "Số: 05/BC-UBND"; formatDocumentNumber(null, "BC-UBND") === "Số: " + NUMBER_BLANK + "/BC-UBND"
 */
/** Whether a document symbol is in the Party style (kind/issuer: "KH/ĐU", "BC/TU") rather than the state style ("BC-UBND"). */
export function isPartySymbol(symbol: string): boolean {
  const slash = symbol.indexOf("/");
  const dash = symbol.indexOf("-");
  return slash > 0 && (dash < 0 || dash > slash);
}

export function formatDocumentNumber(number: number | null | undefined, symbol: string): string {
  const sym = symbol.trim().replace(/^\//, "");
  if (sym === "") throw new RangeError('formatDocumentNumber: the symbol is empty (expected e.g. "BC-UBND")');
  const sep = isPartySymbol(sym) ? "-" : "/";
  if (number === null || number === undefined) return `Số: ${NUMBER_BLANK}${sep}${sym}`;
  if (!Number.isInteger(number) || number < 1) {
    throw new RangeError(`formatDocumentNumber: a document number is a whole number ≥ 1, got ${number}`);
  }
  // A document number is an identifier, not a quantity: never a thousands separator
  // ("Số: 1250/BC-SNgV", not "1.250"); below 10 it takes a leading zero (NĐ 30, Phụ lục I).
  return `Số: ${String(number).padStart(2, "0")}${sep}${sym}`;
}
