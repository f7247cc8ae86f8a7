/**
 * Small pieces the sentence functions share: the context a sentence is written in, joining a
 * count's unit to the phrase after it, and the punctuation at the end of a sentence.
 */
import {
  type Amount,
  type Count,
  formatAmount,
  formatComparison,
  formatCount,
  formatDateShort,
  inclusiveDays,
  nextPeriod,
  type Period,
  periodLabel,
} from "@doingoai/core";

/** What a generated sentence needs to know about the document it is written into. */
export interface SentenceContext {
  /** "6 tháng đầu năm 2026": sentences open with "Trong {periodLabel}, …" when it is given. */
  periodLabel?: string;
  /** The year compared with ("so với cùng kỳ năm 2025"); no comparison is written without it. */
  previousYear?: number;
}

/**
 * The context of a document's period: its label, and the year before the year it ends in (a
 * period cut off at 15/12/2023 – 14/6/2024 is compared with 2023).
 * @example sentenceContext({ from: "2026-01-01", to: "2026-06-30" }) // { periodLabel: "6 tháng đầu năm 2026", previousYear: 2025 }
 */
export function sentenceContext(period: Period | undefined): SentenceContext {
  if (period === undefined) return {};
  return { periodLabel: periodLabel(period), previousYear: Number(period.to.slice(0, 4)) - 1 };
}

/**
 * The label of a period a fact carries (a cumulative figure's, a comparison's base): as
 * {@link periodLabel}, or its dates ("từ ngày 16/3/2026 đến ngày 15/3/2026") when they are
 * reversed or do not exist — validation reports those; the document is still written.
 */
export function factPeriodLabel(period: Period): string {
  try {
    return periodLabel(period);
  } catch {
    try {
      return `từ ngày ${formatDateShort(period.from)} đến ngày ${formatDateShort(period.to)}`;
    } catch {
      return `từ ngày ${period.from} đến ngày ${period.to}`;
    }
  }
}

/** The context of a fact's own period ({@link sentenceContext}, never throwing). */
export function factPeriodContext(period: Period): SentenceContext {
  const year = Number(period.to.slice(0, 4)) - 1;
  return {
    periodLabel: factPeriodLabel(period),
    ...(Number.isInteger(year) && year >= 1000 && year <= 9999 ? { previousYear: year } : {}),
  };
}

/** The label of the period after `period`, or of `explicit` when the document names it. */
export function nextPeriodLabel(period: Period, explicit?: Period): string {
  return periodLabel(explicit ?? nextPeriod(period));
}

/**
 * "Trong 6 tháng đầu năm 2026, " — a period written as dates opens the sentence itself ("Từ ngày
 * 15/12/2023 đến ngày 14/6/2024, ", never "Trong từ ngày …") — or nothing when the context has no period.
 */
export function opening(ctx: SentenceContext): string {
  if (ctx.periodLabel === undefined) return "";
  if (ctx.periodLabel.startsWith("từ ")) return `${capitalize(ctx.periodLabel)}, `;
  return `Trong ${ctx.periodLabel}, `;
}

/** Upper-case the first letter (a sentence that opens without a period phrase). */
export function capitalize(s: string): string {
  if (s === "") return s;
  const first = s.charAt(0);
  const up = first.toUpperCase();
  return up === first ? s : up + s.slice(1);
}

/**
 * Lower-case the first letter when the word is an ordinary capitalised word ("Tình hình" →
 * "tình hình"); acronyms and words in capitals ("UBND", "ASEAN") are kept, and so is the first
 * word of a proper name, whose next word is capitalised too ("Sở Ngoại vụ", "Hội Hữu nghị",
 * "Trung Quốc").
 */
export function lowerFirst(s: string): string {
  if (s.length < 2) return s.toLowerCase();
  const first = s.charAt(0);
  const second = s.charAt(1);
  if (first.toLowerCase() === first) return s;
  if (second.toUpperCase() === second && second.toLowerCase() !== second) return s;
  const next = /^\S+\s+(\S)/u.exec(s)?.[1];
  if (next !== undefined && next.toLowerCase() !== next) return s;
  return first.toLowerCase() + s.slice(1);
}

/** Whether `text` already names `who` (case and Unicode form aside): then it is not added again. */
export function mentions(text: string, who: string): boolean {
  const norm = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return norm(text).includes(norm(stripEnd(who)));
}

/** Remove the end punctuation of a clause ("…nước ngoài." → "…nước ngoài"), spaces included. */
export function stripEnd(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    // space, ".", ";", ",", ":"
    if (c === 32 || c === 46 || c === 59 || c === 44 || c === 58 || c === 10) end--;
    else break;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** End a sentence with exactly one "." (an ending "…" or "?" is kept). */
export function endSentence(s: string): string {
  const t = s.trimEnd();
  if (t.endsWith("…") || t.endsWith("?") || t.endsWith("!") || t.endsWith("./.")) return t;
  return `${stripEnd(t)}.`;
}

/** Whole words of `s`, lower-cased, for comparing a unit with a phrase. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(" ")
    .filter((w) => w !== "");
}

/**
 * Join a unit and the phrase after it, writing words they share once: "lượt người" +
 * "người nước ngoài đến địa phương" → "lượt người nước ngoài đến địa phương"; "đoàn" + "đoàn ra"
 * → "đoàn ra"; "điểm" + "Điểm tham quan …" → "điểm tham quan …".
 */
export function joinUnit(unit: string, phrase: string): string {
  const u = unit.trim();
  const p = phrase.trim();
  if (u === "") return p;
  if (p === "") return u;
  const uw = words(u);
  const pw = p.split(" ").filter((w) => w !== "");
  const pl = pw.map((w) => w.toLowerCase());
  for (let k = Math.min(uw.length, pl.length); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k; i++) {
      if (uw[uw.length - k + i] !== pl[i]) {
        same = false;
        break;
      }
    }
    if (same) {
      const rest = pw.slice(k).join(" ");
      return rest === "" ? u : `${u} ${rest}`;
    }
  }
  return `${u} ${p}`;
}

/**
 * A count with its unit and the phrase after it: "03 trường hợp nhập cảnh hợp pháp",
 * "trên 70 lượt tuyên truyền …", "khoảng 1.000 lượt khách nước ngoài đến du lịch".
 */
export function countPhrase(count: Count, phrase: string, fallbackUnit?: string): string {
  const unit = count.unit ?? fallbackUnit ?? "";
  const number = formatCount(count, { unit: false });
  const tail = joinUnit(unit, phrase);
  return tail === "" ? number : `${number} ${tail}`;
}

/**
 * What is counted, for a count of zero: "không có người nước ngoài đến địa phương" rather than
 * "không có lượt người …" — a leading "lượt" is dropped.
 */
export function zeroPhrase(unit: string | undefined, phrase: string): string {
  const joined = joinUnit(unit ?? "", phrase);
  return joined.startsWith("lượt ") ? joined.slice(5) : joined;
}

/**
 * The comparison with the same period of the previous year, as a bracket after a figure:
 * "tăng 12,5% so với cùng kỳ năm 2025", or with the unit when there was none before
 * ("tăng 05 trường hợp so với cùng kỳ năm 2025", where no percentage exists).
 */
export function comparisonText(
  current: number,
  previous: number,
  previousYear: number,
  unit?: string,
): string {
  return previous === 0 && unit !== undefined && unit !== ""
    ? formatComparison(current, previous, previousYear, { unit })
    : formatComparison(current, previous, previousYear);
}

/**
 * The comparison of a figure with the same period of the previous year, from two counts: as
 * {@link comparisonText}, with "khoảng" before the size of the change when either figure is
 * approximate ("khoảng 12.000 lượt khách" against 9.600: "tăng khoảng 25% so với cùng kỳ năm
 * 2024") — a change computed from an approximate figure is no more exact than the figure.
 */
export function countComparison(
  current: Count,
  previous: Count,
  previousYear: number,
  unit?: string,
): string {
  const text = comparisonText(current.value, previous.value, previousYear, unit);
  const approximate = [current.qualifier, previous.qualifier].some((q) => q !== undefined && q !== "exact");
  return approximate ? text.replace(/^(tăng|giảm) /, "$1 khoảng ") : text;
}

/** Join bracketed remarks into one bracket: "a (b; c)". */
export function bracket(parts: readonly string[]): string {
  const kept = parts.filter((p) => p !== "");
  return kept.length === 0 ? "" : ` (${kept.join("; ")})`;
}

/**
 * Dates of an activity: "ngày 07/5/2024" (one day), "từ ngày 27/4/2019 đến ngày 01/5/2019";
 * empty when neither is known.
 */
export function dateRange(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) {
    return from === to
      ? `ngày ${formatDateShort(from)}`
      : `từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}`;
  }
  if (from !== undefined) return `từ ngày ${formatDateShort(from)}`;
  if (to !== undefined) return `đến ngày ${formatDateShort(to)}`;
  return "";
}

/** Days from `from` to `to`, both counted; undefined when a date is missing or they are reversed. */
export function daysBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined || to < from) return undefined;
  try {
    return inclusiveDays(from, to);
  } catch {
    return undefined;
  }
}

/**
 * A name followed by its country in brackets: "Tổ chức Good Neighbors (Hàn Quốc)". A name that
 * already ends in a bracket takes the country inside it rather than a second bracket: "Tổ chức
 * Tầm nhìn Thế giới (World Vision)" + "Hoa Kỳ" → "Tổ chức Tầm nhìn Thế giới (World Vision, Hoa
 * Kỳ)"; a country the bracket already names is not repeated.
 */
export function withCountry(name: string, country: string | undefined): string {
  const n = stripEnd(name.trim());
  const c = country === undefined ? "" : stripEnd(country.trim());
  if (c === "") return n;
  if (!n.endsWith(")")) return `${n} (${c})`;
  const open = n.lastIndexOf("(");
  const inside =
    open < 0
      ? []
      : n
          .slice(open + 1, -1)
          .split(/[,;]/)
          .map((w) => w.trim());
  if (inside.includes(c)) return n;
  // A country with its own bracket ("Đài Loan (Trung Quốc)") would nest: set it after a dash.
  if (c.includes("(") || c.includes(")") || open < 0) return `${n} – ${c}`;
  return `${n.slice(0, -1)}, ${c})`;
}

/** Compact units of money, largest first. */
const MONEY_UNITS = [1e12, 1e9, 1e6] as const;
/** Decimals a compact amount may have ("1,05 tỷ", "12,125 triệu"); more and the full figure is written. */
const MAX_COMPACT_DECIMALS = 3;

/**
 * An amount as stated, never rounded: in the compact form when it says the same figure ("1,05
 * tỷ đồng" for 1.050.000.000, "36 triệu đồng"), else in full ("12.069.992 USD"). The qualifier is
 * kept ("khoảng 1,05 tỷ đồng").
 */
export function describeAmount(a: Amount): string {
  const scale = MONEY_UNITS.find((u) => a.amount >= u);
  if (scale !== undefined) {
    for (let d = 0; d <= MAX_COMPACT_DECIMALS; d++) {
      const step = 10 ** d;
      const rounded = Math.round((a.amount / scale) * step) / step;
      if (Math.abs(rounded * scale - a.amount) < 0.5) {
        return formatAmount(a, { compact: true, compactFractionDigits: d });
      }
    }
  }
  return formatAmount(a);
}
