/**
 * Comparison with the same period of the previous year ("so với cùng kỳ năm 2025"), as the
 * consular and statistics parts of a report word it.
 *
 * Wording (one rule for every figure):
 * - equal: "không tăng, không giảm so với cùng kỳ năm 2025";
 * - previous > 0, no unit: "tăng 12,5% so với cùng kỳ năm 2025";
 * - previous > 0, with a unit: "giảm 03 trường hợp (25%) so với cùng kỳ năm 2025";
 * - previous = 0 (no percentage exists): "tăng 05 trường hợp so với cùng kỳ năm 2025"
 *   ("tăng 05 so với …" without a unit).
 * Percentages keep one decimal; a change that rounds to 0% is written "dưới 0,1%".
 */
import { formatNumber, formatPercent, padCount } from "./numbers";

/** The direction and size of a change. `percent` is signed like `delta`, null when `previous` is 0. */
export interface CountComparison {
  direction: "same" | "up" | "down";
  delta: number;
  percent: number | null;
}

/** Throw a RangeError naming `fn` and `name` unless `n` is a finite number ≥ 0 ("-3 trường hợp" is no figure). */
function assertFigure(n: number, fn: string, name: string): void {
  if (!Number.isFinite(n) || n < 0) {
    throw new RangeError(`${fn}: ${name} must be a finite number ≥ 0, got ${n}`);
  }
}

/**
 * Compare a figure with the same period of the previous year.
 * @example compareCounts(9, 12) // { direction: "down", delta: -3, percent: -25 } — giảm 03 trường hợp (25%)
 */
export function compareCounts(current: number, previous: number): CountComparison {
  assertFigure(current, "compareCounts", "current");
  assertFigure(previous, "compareCounts", "previous");
  const delta = current - previous;
  return {
    direction: delta === 0 ? "same" : delta > 0 ? "up" : "down",
    delta,
    percent: previous === 0 ? null : (delta / previous) * 100,
  };
}

/** The size of a change in percent, unsigned: -25 → "25%"; a change that rounds to 0 → "dưới 0,1%". */
function percentText(percent: number): string {
  const text = formatPercent(Math.abs(percent));
  return text === "0%" ? "dưới 0,1%" : text;
}

/** The size of a change as a count (3 → "03") or, when fractional, as a number (12.5 → "12,5"). */
function amountText(n: number): string {
  return Number.isInteger(n) ? padCount(n) : formatNumber(n);
}

/**
 * The comparison phrase for a figure (see the module comment for the wording).
 * @example formatComparison(9, 8, 2025) === "tăng 12,5% so với cùng kỳ năm 2025"
 * @example formatComparison(9, 12, 2025, { unit: "trường hợp" }) === "giảm 03 trường hợp (25%) so với cùng kỳ năm 2025"
 * @example formatComparison(5, 0, 2025, { unit: "trường hợp" }) === "tăng 05 trường hợp so với cùng kỳ năm 2025"
 */
export function formatComparison(
  current: number,
  previous: number,
  previousYear: number,
  opts?: { unit?: string },
): string {
  if (!Number.isInteger(previousYear) || previousYear < 1000 || previousYear > 9999) {
    throw new RangeError(`formatComparison: previousYear must be a four-digit year, got ${previousYear}`);
  }
  const tail = `so với cùng kỳ năm ${previousYear}`;
  const { direction, delta, percent } = compareCounts(current, previous);
  if (direction === "same") return `không tăng, không giảm ${tail}`;
  const verb = direction === "up" ? "tăng" : "giảm";
  const unit = opts?.unit;
  if (unit === undefined || unit === "") {
    return percent === null
      ? `${verb} ${amountText(delta)} ${tail}`
      : `${verb} ${percentText(percent)} ${tail}`;
  }
  const amount = `${amountText(Math.abs(delta))} ${unit}`;
  return percent === null
    ? `${verb} ${amount} ${tail}`
    : `${verb} ${amount} (${percentText(percent)}) ${tail}`;
}
