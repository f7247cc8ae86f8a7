/**
 * Text helpers of the layout: cleaning the whole document once, case of body names, the closing
 * "./.", the recipients and addressees lines.
 */
import { cleanText } from "@doingoai/core";
import { stripEnd } from "../sentences/phrase";

/**
 * The document with every string cleaned (core's `cleanText`: PDF `ƣ`, NFD, control
 * characters). Objects are copied only where a string changed, so a clean document costs one walk.
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const c = cleanDeep(v);
      if (c !== v) {
        out ??= value.slice();
        out[i] = c;
      }
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === "object") {
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const c = cleanDeep(v);
      if (c !== v) {
        out ??= { ...(value as Record<string, unknown>) };
        // an own key, never the prototype (a key "__proto__" of an unvalidated document stays data)
        Object.defineProperty(out, key, { value: c, writable: true, enumerable: true, configurable: true });
      }
    }
    return (out ?? value) as T;
  }
  return value;
}

/** Upper case as the frame writes names and headings ("Sở Ngoại vụ" → "SỞ NGOẠI VỤ"). */
export function upper(s: string): string {
  return s.toUpperCase();
}

/** A no-break space: Word, LibreOffice and browsers never wrap a line at it. */
export const NBSP = "\u00A0";

/** The longest place name kept on one line (a 65 mm header column holds about 32 capitals at 13 pt). */
const MAX_KEPT = 32;

/** Administrative units before a place name, upper or lower case ("TỈNH", "thành phố"); "xã hội" is no unit. */
const UNIT = "(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|phường|xã(?! hội))";
/** A word of a name: capitalised ("Bà", "RỊA"). */
const CAP = "\\p{Lu}[\\p{L}\\p{M}]*";

/** A unit and its name: capitalised words, or in a line of capitals everything up to punctuation. */
const UNIT_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])${UNIT}(?: ${CAP})+(?: - ${CAP}(?: ${CAP})*)?(?![\\p{L}\\p{M}])`,
  "giu",
);
/** A name joined by a hyphen: "Bà Rịa - Vũng Tàu", "PHAN RANG - THÁP CHÀM", "Việt - Trung". */
const HYPHENED = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${CAP} )?${CAP} - ${CAP}(?: ${CAP})?(?![\\p{L}\\p{M}])`,
  "gu",
);

const glue = (m: string) => (m.length <= MAX_KEPT ? m.replace(/ /g, NBSP) : m);

/**
 * `text` with its place names made unbreakable (no-break spaces): a unit and its name ("TỈNH BÀ
 * RỊA - VŨNG TÀU", "XÃ CHI LĂNG", "huyện Văn Quan") and a name joined by a hyphen ("Bà Rịa - Vũng
 * Tàu"), so that a header never breaks inside a name ("ỦY BAN NHÂN DÂN TỈNH / BÀ RỊA - VŨNG TÀU").
 * A name longer than a header line is left to wrap. The words are unchanged.
 */
export function keepNames(text: string): string {
  const units = text.normalize("NFC").replace(UNIT_NAME, (m) => {
    // In a line of capitals the name runs to the end of the match; in mixed case it stops at the
    // first word that is not capitalised (the regular expression's case-insensitive flag lets the
    // unit word match either case, and the name's words too: check them).
    const words = m.split(" ");
    const mixed = m !== m.toUpperCase();
    if (!mixed) return glue(m);
    let end = (new RegExp(`^${UNIT}`, "iu").exec(m)?.[0] ?? "").split(" ").length;
    while (end < words.length && (words[end] === "-" || /^\p{Lu}/u.test(words[end]!))) end++;
    if (words[end - 1] === "-") end--;
    return glue(words.slice(0, end).join(" ")) + (end < words.length ? ` ${words.slice(end).join(" ")}` : "");
  });
  return units.replace(HYPHENED, glue);
}

/** The date line with the names in its place (before the first comma) kept whole: "Bà Rịa - Vũng Tàu, ngày …". */
export function keepDateLinePlace(line: string): string {
  return line.normalize("NFC").replace(/^([^,]+),/u, (_, place: string) => `${keepNames(place)},`);
}

/** Words after which a place name follows ("huyện Văn Quan"), lower case in a body's name. */
const ADMIN_WORDS = new Set(["tỉnh", "huyện", "xã", "phường", "quận", "thị trấn", "thị xã", "thành phố"]);
/** Heads of a body whose own name follows, each part capitalised ("Sở Văn hóa, Thể thao và Du lịch"). */
const NAMED_HEADS = new Set([
  "sở",
  "phòng",
  "ban",
  "cục",
  "chi cục",
  "trung tâm",
  "văn phòng",
  "đài",
  "bộ",
  "vụ",
]);
/** Abbreviations kept in capitals. */
const ACRONYMS = new Set([
  "UBND",
  "HĐND",
  "MTTQ",
  "UB",
  "BCH",
  "BTV",
  "TW",
  "VN",
  "CHXHCN",
  "KT-XH",
  "TP",
  "TX",
]);
const VOWELS = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

function titleWord(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

function isAcronym(w: string): boolean {
  const bare = stripEnd(w);
  return ACRONYMS.has(bare) || (bare.length >= 2 && !VOWELS.test(bare));
}

/**
 * A body's name as running text writes it, from the capitals of the frame: "SỞ THÔNG TIN VÀ
 * TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông", "ỦY BAN NHÂN DÂN HUYỆN VĂN QUAN" → "Ủy ban nhân
 * dân huyện Văn Quan", "UBND XÃ BÌNH THÀNH" → "UBND xã Bình Thành". A name already in mixed case
 * is kept as it is. (Core has no such function; it lives here until core needs it.)
 */
export function bodyName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  const words = trimmed.split(" ");
  const out: string[] = [];
  let place = false;
  let capitaliseNext = true;
  let named = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const two = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLowerCase()}` : "";
    if (isAcronym(w)) {
      out.push(w);
      capitaliseNext = false;
    } else if (!place && i > 0 && (ADMIN_WORDS.has(two) || ADMIN_WORDS.has(lower))) {
      if (ADMIN_WORDS.has(two)) {
        out.push(two);
        i++;
      } else out.push(lower);
      place = true;
      continue;
    } else if (place || capitaliseNext) {
      out.push(titleWord(w));
      capitaliseNext = false;
    } else {
      out.push(lower);
    }
    if (!place && out.length === 1 && (NAMED_HEADS.has(lower) || NAMED_HEADS.has(two))) {
      if (NAMED_HEADS.has(two)) {
        out.push(words[i + 1]!.toLowerCase());
        i++;
      }
      named = true;
      capitaliseNext = true;
    } else if (named && !place && (lower === "và" || w.endsWith(","))) {
      capitaliseNext = true;
    }
  }
  return out.join(" ");
}

/** Close the body with "./." as every NĐ 30 document does ("… như sau." → "… như sau./."). */
export function closingText(s: string): string {
  const t = s.trim();
  if (t.endsWith("./.")) return t;
  if (t.endsWith("/.")) return `${t.slice(0, -2).trimEnd()}./.`;
  return `${stripEnd(t)}./.`;
}

/** The recipients list: "- Sở Ngoại vụ;" per line, the last "- Lưu: VT, NTT.". */
export function recipientLines(list: readonly string[], archive: readonly string[]): string[] {
  const lines = list.map((r) => `- ${stripEnd(r.trim().replace(/^[-+•]\s*/, ""))};`);
  const kept = archive.map((a) => stripEnd(a.trim())).filter((a) => a !== "");
  lines.push(`- Lưu: ${kept.join(", ")}.`);
  return lines;
}

/** "Kính gửi:" addressees: one name as it is; several as "- A;" … "- B." lines. */
export function addresseeLines(list: readonly string[]): string[] {
  if (list.length === 1) return [stripEnd(list[0]!.trim())];
  return list.map(
    (a, i) => `- ${stripEnd(a.trim().replace(/^[-+•]\s*/, ""))}${i === list.length - 1 ? "." : ";"}`,
  );
}
