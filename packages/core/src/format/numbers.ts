/**
 * Numbers as Vietnamese administrative documents write them: dot thousands, comma decimals
 * ("12.069.992", "12,1"), a leading zero on counts below 10 ("03 trường hợp"), approximate
 * quantities ("trên 70 lượt"), money ("500.000.000 đồng", "12,1 triệu USD"), section markers
 * (I, II… and a), b)… đ)).
 *
 * Output is plain ASCII digits, "." and ",": no NBSP, no locale data (Intl is not used, so the
 * result is the same in every runtime). Quantities here are never negative: a change is worded
 * "tăng"/"giảm" (see `formatComparison`), so a negative, NaN or infinite input is a RangeError.
 */

import { QUALIFIER_PHRASES } from "../labels/enums-vi";
import type { Amount, Count, Money, Qualifier } from "../model/values";
import { formatDateShort } from "./dates";

/** Words for approximate quantities, placed before the number; `exact` has none. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = QUALIFIER_PHRASES;

/** Default for {@link formatNumber}'s `maxFractionDigits` (as `Intl.NumberFormat`'s). */
export const DEFAULT_FRACTION_DIGITS = 3;

/** Throw a RangeError naming `fn` unless `n` is a finite number from 0 to MAX_SAFE_INTEGER ("-3 trường hợp" is no quantity). */
function assertQuantity(n: number, fn: string): void {
  if (!Number.isFinite(n) || n < 0) {
    throw new RangeError(
      `${fn}: expected a finite number ≥ 0, got ${n} (quantities are never negative; word a change as "tăng"/"giảm")`,
    );
  }
  if (n > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`${fn}: ${n} is too large to write exactly (max ${Number.MAX_SAFE_INTEGER})`);
  }
}

/** Dot the thousands of a digit string: "12069992" → "12.069.992". */
function groupThousands(digits: string): string {
  return digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ".");
}

/** Round a non-negative number to `k` decimals on its shortest decimal form (half up: 1.005 → 1.01). */
function roundDecimal(n: number, k: number): { int: string; frac: string } {
  let s = String(n);
  if (s.includes("e")) s = n.toFixed(20); // below 1e-6 only: n is bounded by MAX_SAFE_INTEGER
  const dot = s.indexOf(".");
  if (dot < 0) return { int: s, frac: "" };
  const int = s.slice(0, dot);
  const frac = s.slice(dot + 1);
  if (frac.length <= k) return { int, frac: frac.replace(/0+$/, "") };
  let digits = int + frac.slice(0, k);
  if (frac.charCodeAt(k) >= 53 /* "5" */) {
    digits = (BigInt(digits) + 1n).toString().padStart(digits.length, "0");
  }
  const cut = digits.length - k;
  return { int: digits.slice(0, cut) || "0", frac: digits.slice(cut).replace(/0+$/, "") };
}

/**
 * Write a number with dot thousands and comma decimals, at most `maxFractionDigits` decimals
 * (default 3), trailing zeros dropped.
 * @example formatNumber(12069992) === "12.069.992"; formatNumber(12.1) === "12,1"
 */
export function formatNumber(n: number, opts?: { maxFractionDigits?: number }): string {
  assertQuantity(n, "formatNumber");
  if (Number.isInteger(n)) return groupThousands(String(n));
  const k = opts?.maxFractionDigits ?? DEFAULT_FRACTION_DIGITS;
  if (!Number.isInteger(k) || k < 0 || k > 20) {
    throw new RangeError(`formatNumber: maxFractionDigits must be an integer from 0 to 20, got ${k}`);
  }
  const { int, frac } = roundDecimal(n, k);
  return frac === "" ? groupThousands(int) : `${groupThousands(int)},${frac}`;
}

/**
 * A count as documents write it: a leading zero below 10 (except 0), thousands dotted.
 * @example padCount(3) === "03"; padCount(10) === "10"; padCount(0) === "0"; padCount(1000) === "1.000"
 */
export function padCount(n: number): string {
  assertQuantity(n, "padCount");
  if (!Number.isInteger(n)) throw new RangeError(`padCount: a count must be a whole number, got ${n}`);
  if (n === 0) return "0";
  return n < 10 ? `0${n}` : groupThousands(String(n));
}

/** Put the qualifier word before a quantity: ("70 lượt", "over") → "trên 70 lượt". */
function withQualifier(text: string, q: Qualifier | undefined): string {
  const word = q === undefined ? "" : QUALIFIER_WORDS[q];
  return word === "" ? text : `${word} ${text}`;
}

/**
 * A count with its qualifier and unit; `unit: false` leaves the unit out. A qualified count
 * below 10 still takes its leading zero.
 * @example formatCount({ value: 3, unit: "trường hợp" }) === "03 trường hợp"
 * @example formatCount({ value: 70, qualifier: "over", unit: "lượt" }) === "trên 70 lượt"
 */
export function formatCount(c: Count, opts?: { unit?: boolean }): string {
  const text = padCount(c.value);
  const unit = opts?.unit !== false && c.unit !== undefined && c.unit !== "" ? ` ${c.unit}` : "";
  return withQualifier(text + unit, c.qualifier);
}

/**
 * The word for a currency in running text: VND is "đồng"; any other currency keeps its ISO code.
 * @example currencyLabel("VND") === "đồng"; currencyLabel("USD") === "USD"
 */
export function currencyLabel(currency: string): string {
  return currency === "VND" ? "đồng" : currency;
}

/** Units of compact money, largest first. */
const COMPACT_UNITS: readonly (readonly [number, string])[] = [
  [1e12, "nghìn tỷ"],
  [1e9, "tỷ"],
  [1e6, "triệu"],
];

/** A number in the largest fitting unit: 12069992 → "12,1 triệu", 1.5e9 → "1,5 tỷ"; below a million, in full. */
function compactNumber(x: number, digits: number): string {
  for (let i = 0; i < COMPACT_UNITS.length; i++) {
    const [scale, word] = COMPACT_UNITS[i]!;
    if (x < scale) continue;
    const text = formatNumber(x / scale, { maxFractionDigits: digits });
    const bigger = COMPACT_UNITS[i - 1];
    // 999.960.000 rounds to "1.000 triệu": say "1 tỷ" instead.
    if (text === "1.000" && bigger !== undefined) return `1 ${bigger[1]}`;
    return `${text} ${word}`;
  }
  return formatNumber(x, { maxFractionDigits: digits });
}

/** Options of {@link formatAmount} and {@link formatMoney}. */
export interface MoneyFormatOptions {
  /** Amounts of a million or more as "12,1 triệu", "1,5 tỷ", "2 nghìn tỷ". Default false. */
  compact?: boolean;
  /** Decimals kept in compact form (default 1: "12,1 triệu"); full amounts keep up to 2 (cents). */
  compactFractionDigits?: number;
}

/**
 * One amount with its qualifier and currency word.
 * @example formatAmount({ amount: 500000000, currency: "VND" }) === "500.000.000 đồng"
 * @example formatAmount({ amount: 12069992, currency: "USD" }, { compact: true }) === "12,1 triệu USD"
 */
export function formatAmount(a: Amount, opts?: MoneyFormatOptions): string {
  assertQuantity(a.amount, "formatAmount");
  const n =
    opts?.compact === true
      ? compactNumber(a.amount, opts.compactFractionDigits ?? 1)
      : formatNumber(a.amount, { maxFractionDigits: 2 });
  return withQualifier(`${n} ${currencyLabel(a.currency)}`, a.qualifier);
}

/**
 * An amount of money, with its equivalent in brackets when given. The equivalent's own
 * qualifier is kept ("tương đương khoảng …" only when the data says `about`), and the
 * exchange-rate date, when given, closes the bracket (", theo tỷ giá ngày 08/5/2024").
 * @example formatMoney({ amount: 50000, currency: "USD", equivalent: { amount: 1250000000, currency: "VND", qualifier: "about" } })
 *   === "50.000 USD (tương đương khoảng 1.250.000.000 đồng)"
 */
export function formatMoney(m: Money, opts?: MoneyFormatOptions): string {
  const main = formatAmount(m, opts);
  if (m.equivalent === undefined) return main;
  const rate = m.rateDate === undefined ? "" : `, theo tỷ giá ngày ${formatDateShort(m.rateDate)}`;
  return `${main} (tương đương ${formatAmount(m.equivalent, opts)}${rate})`;
}

/**
 * A percentage with at most one decimal, trailing ",0" dropped, no space before "%".
 * @example formatPercent(12.5) === "12,5%"; formatPercent(100 / 3) === "33,3%"; formatPercent(25) === "25%"
 */
export function formatPercent(x: number): string {
  assertQuantity(x, "formatPercent");
  return `${formatNumber(x, { maxFractionDigits: 1 })}%`;
}

/** Largest number {@link romanNumeral} writes (more sections than that is a structural error). */
export const MAX_ROMAN = 50;

const ROMAN_STEPS: readonly (readonly [number, string])[] = [
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/**
 * Roman numeral of a section heading or an appendix, 1 to 50.
 * @example romanNumeral(4) === "IV" // "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"
 */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROMAN) {
    throw new RangeError(`romanNumeral: expected a whole number from 1 to ${MAX_ROMAN}, got ${n}`);
  }
  let rest = n;
  let out = "";
  for (const [value, numeral] of ROMAN_STEPS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Point markers in order, as NĐ 30 documents letter them: "đ" after "d"; no f, j, w, z. */
export const ALPHA_MARKERS: readonly string[] = [..."abcdđeghiklmnopqrstuvxy"];

/**
 * The letter of the point at zero-based index `i` (the caller adds ")"). There are 23 letters
 * (a … y); a 24th point throws a RangeError rather than invent "aa", which documents never use:
 * split the list into numbered items instead.
 * @example alphaMarker(0) === "a"; alphaMarker(4) === "đ"; alphaMarker(6) === "g" // "đ) Ngoại giao kinh tế"
 */
export function alphaMarker(i: number): string {
  const marker = Number.isInteger(i) ? ALPHA_MARKERS[i] : undefined;
  if (marker === undefined) {
    throw new RangeError(
      `alphaMarker: expected an index from 0 to ${ALPHA_MARKERS.length - 1} (a … y), got ${i}; a list this long should be split into numbered items`,
    );
  }
  return marker;
}
