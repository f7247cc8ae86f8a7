/**
 * The periodic cut-off windows and deadlines of NĐ 09/2019/NĐ-CP (docs/research/reporting-law.md
 * §1), for report requests (`model/request.ts`; the words of each class of report are
 * `ENUM_PHRASES.ReportClass`). Plain functions, no schema: they load with `core/lite` without zod.
 */
/** The periodic cut-off windows of NĐ 09/2019 Điều 12 (and the provincial "9 tháng"). */
export const CUT_OFF_PRESETS = [
  "month",
  "quarter",
  "first-half",
  "second-half",
  "nine-months",
  "year",
] as const;
export type CutOffPreset = (typeof CUT_OFF_PRESETS)[number];

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** The 15th of the month before `m` of `y` (December of the year before for January). */
const fifteenthBefore = (y: number, m: number) => (m === 1 ? iso(y - 1, 12, 15) : iso(y, m - 1, 15));

/**
 * The cut-off window (thời gian chốt số liệu) of a periodic report of `year`: `n` is the month
 * (1–12) for "month", the quarter (1–4) for "quarter", ignored otherwise.
 * @example cutOffPreset("first-half", 2026) → { from: "2025-12-15", to: "2026-06-14" }
 */
export function cutOffPreset(preset: CutOffPreset, year: number, n = 1): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`cutOffPreset: year ${year}`);
  switch (preset) {
    case "month":
      if (!Number.isInteger(n) || n < 1 || n > 12) throw new RangeError(`cutOffPreset: month ${n}`);
      return { from: fifteenthBefore(year, n), to: iso(year, n, 14) };
    case "quarter":
      if (!Number.isInteger(n) || n < 1 || n > 4) throw new RangeError(`cutOffPreset: quarter ${n}`);
      return { from: fifteenthBefore(year, n * 3 - 2), to: iso(year, n * 3, 14) };
    case "first-half":
      return { from: iso(year - 1, 12, 15), to: iso(year, 6, 14) };
    case "second-half":
      return { from: iso(year, 6, 15), to: iso(year, 12, 14) };
    case "nine-months":
      return { from: iso(year - 1, 12, 15), to: iso(year, 9, 14) };
    case "year":
      return { from: iso(year - 1, 12, 15), to: iso(year, 12, 14) };
  }
}

/**
 * The latest deadline NĐ 09 Điều 13.1 sets for a province reporting to the Government: the 25th
 * of the last month of the period. A province sets its units' deadlines before it (Điều 8.5.b:
 * at least one working day after the cut-off).
 */
export function provinceDeadline(period: { to: string }): string {
  return `${period.to.slice(0, 7)}-25`;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The NĐ 09/2019 Điều 12 cut-off window of a period of whole calendar months: from the 15th of
 * the month before its first month to the 14th of its last month (6 tháng đầu năm 2026 →
 * 15/12/2025 – 14/6/2026). Undefined when the period does not start on a 1st and end on a last day
 * of a month (an ad-hoc period has no preset window).
 * @example cutOffWindow({ from: "2026-01-01", to: "2026-06-30" }) → { from: "2025-12-15", to: "2026-06-14" }
 */
export function cutOffWindow(period: { from: string; to: string }): { from: string; to: string } | undefined {
  const [fy, fm, fd] = period.from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split("-").map(Number) as [number, number, number];
  if (fd !== 1 || td !== lastDay(ty, tm)) return undefined;
  return { from: fifteenthBefore(fy, fm), to: iso(ty, tm, 14) };
}
