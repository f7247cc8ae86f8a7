/**
 * How people here write dates and numbers, both ways: what they type → what the document holds,
 * and back. Dates are typed and shown day first (15/06/2026) whatever the browser's language;
 * numbers are grouped as the form's language writes them (vi "1.250.000,5", en "1,250,000.5").
 * Text that does not parse is returned unchanged (core validation then names the problem).
 */
import type { Lang } from "@doingoai/core/lite";

const pad = (n: string) => n.padStart(2, "0");

/**
 * A date as typed → ISO. Full dates: "15/06/2026", "15/6/2026", "15.06.2026", "15-06-2026",
 * "15062026", ISO "2026-06-15". With `partial` (a day or month may be blank): also "06/2026" →
 * "2026-06" and "2026". Anything else is returned as typed.
 */
export function parseDate(text: string, partial = false): string | undefined {
  const s = text.trim();
  if (s === "") return undefined;
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  if (partial) {
    m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
    if (m) return `${m[2]}-${pad(m[1]!)}`;
    m = /^(\d{4})-(\d{1,2})$/.exec(s);
    if (m) return `${m[1]}-${pad(m[2]!)}`;
    if (/^\d{4}$/.test(s)) return s;
  }
  return text;
}

/** ISO → as shown: "2026-06-15" → "15/06/2026", "2026-06" → "06/2026", "2026" stays. */
export function formatDate(value: unknown): string {
  if (value === undefined || value === null) return "";
  const s = String(value);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return `${m[2]}/${m[1]}`;
  return s;
}

/** Whether typed date text is one the form understands (empty counts: nothing to fix). */
export function dateUnderstood(text: string, partial: boolean): boolean {
  const v = parseDate(text, partial);
  return v === undefined || v !== text || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text.trim());
}

/** The separators of a language: thousands and decimal. */
export function separators(lang: Lang): { group: string; decimal: string } {
  return lang === "en" ? { group: ",", decimal: "." } : { group: ".", decimal: "," };
}

/**
 * A number as typed in `lang` → a number. Vietnamese: "1.250.000", "1 250 000", "12,5", and
 * "12.5" or "0.125" (a single dot followed by other than three digits, or after a lone 0);
 * English: "1,250,000", "12.5". A group never starts with 0 ("0.125" is not 125). Anything else is
 * returned unchanged.
 */
export function parseNumberIn(text: string, lang: Lang): number | string | undefined {
  const s = text.trim().replace(/[\s\u00a0\u202f]+/g, "");
  if (s === "") return undefined;
  const { group, decimal } = separators(lang);
  const g = group === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  let norm: string | undefined;
  if (new RegExp(`^-?[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`).test(s)) norm = s.split(group).join("");
  else if (new RegExp(`^-?\\d+(${d}\\d+)?$`).test(s)) norm = s;
  else if (lang === "vi" && /^-?\d+\.\d+$/.test(s)) return Number(s);
  if (norm === undefined) return text;
  const n = Number(norm.replace(decimal, "."));
  return Number.isFinite(n) ? n : text;
}

/** A number as `lang` writes it, grouped by thousands when `group` (never for years, days). */
export function formatNumber(value: unknown, lang: Lang, group: boolean): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return value == null ? "" : String(value);
  const { group: g, decimal } = separators(lang);
  const [int = "", frac] = String(Math.abs(value)).includes("e")
    ? [Math.abs(value).toFixed(0)]
    : String(Math.abs(value)).split(".");
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, g) : int;
  return `${value < 0 ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

/**
 * Regroup the digits of number text as it is typed ("1250000" → "1.250.000"), and where the
 * caret goes (after the same count of digits). Text that is not a plain number is left alone, and
 * so is a separator just typed with no digit after it yet: in Vietnamese "12." may be the start
 * of "12.5" (a decimal) as well as of "12.500", and only the next keys tell.
 */
export function regroup(
  text: string,
  caret: number,
  lang: Lang,
): { text: string; caret: number } | undefined {
  const { group, decimal } = separators(lang);
  const esc = (c: string) => (c === "." ? "\\." : c);
  const m = new RegExp(`^(-?)([\\d${esc(group)}\\s]*)(${esc(decimal)}\\d*)?$`).exec(text);
  if (!m || !/\d/.test(m[2] ?? "")) return undefined;
  if (text[caret - 1] === group && !/\d/.test(text.slice(caret))) return undefined;
  const digits = (m[2] ?? "").replace(/\D/g, "");
  // "12.5" and "0.125" in Vietnamese are decimal points, not groups: leave them.
  if (lang === "vi" && !m[3] && /^(\d+\.\d{1,2}|0\.\d+)$/.test(m[2] ?? "")) return undefined;
  const grouped = digits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const out = `${m[1]}${grouped}${m[3] ?? ""}`;
  if (out === text) return undefined;
  // The caret stays after the same number of digits (and sign / decimal part).
  let seen = 0;
  for (let i = 0; i < caret && i < text.length; i++)
    if (/[\d,.-]/.test(text[i]!) && text[i] !== group) seen++;
  let at = 0;
  for (let n = 0; at < out.length && n < seen; at++) if (/[\d,.-]/.test(out[at]!) && out[at] !== group) n++;
  return { text: out, caret: at };
}

/** How a whole number is read aloud in Vietnamese: 1250000 → "một triệu hai trăm năm mươi nghìn". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return "";
  if (n === 0) return "không";
  const digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
  const three = (x: number, full: boolean): string => {
    const h = Math.floor(x / 100);
    const t = Math.floor((x % 100) / 10);
    const u = x % 10;
    const out: string[] = [];
    if (h > 0 || full) out.push(`${digits[h]} trăm`);
    if (t > 1) out.push(`${digits[t]} mươi`);
    else if (t === 1) out.push("mười");
    else if (u > 0 && (h > 0 || full)) out.push("lẻ");
    if (u > 0) {
      if (u === 1 && t > 1) out.push("mốt");
      else if (u === 5 && t > 0) out.push("lăm");
      else if (u === 4 && t > 1) out.push("tư");
      else out.push(digits[u]!);
    }
    return out.join(" ");
  };
  const units = ["", " nghìn", " triệu"];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    // Above a billion the units repeat: nghìn tỷ, triệu tỷ.
    const big = " tỷ".repeat(Math.floor(i / 3));
    if (g === 0) {
      if (big && i % 3 === 0 && parts.length) parts.push(big.trim());
      continue;
    }
    parts.push(`${three(g, i < groups.length - 1)}${units[i % 3]}${i % 3 === 0 ? big : ""}`);
  }
  const s = parts.join(" ").replace(/\s+/g, " ").trim();
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
