/**
 * Reporting periods: the human label derived from explicit from–to dates ("6 tháng đầu năm 2024",
 * "quý II năm 2024", "từ ngày 15/12/2023 đến ngày 14/6/2024"), the period that follows (the
 * "phương hướng, nhiệm vụ" part of a report), and what span a pair of dates stands for.
 *
 * When a period carries `span`, its dates are a data cut-off (NĐ 09/2019: 15/12 – 14/6) and the
 * label follows the span, in the year of `to`. Without `span`, the label is derived from the
 * dates. Period lengths in labels ("6 tháng", "3 tháng") are part of a name, not counts: they
 * take no leading zero. Months follow the date rule (01 and 02 padded).
 */
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  differenceInMonths,
  endOfYear,
  getDaysInMonth,
} from "date-fns";
import { PERIOD_SPAN_PHRASES } from "../labels/enums-vi";
import type { Period, PeriodSpan } from "../model/values";
import { formatDateShort, monthText, toDate, toIsoDate } from "./dates";

/** Spans that have a fixed place in the year. */
type NominalSpan = Exclude<PeriodSpan, "months" | "custom">;

/** What a period is, once its dates and span are read; both labels are written from it. */
type Shape =
  | { kind: "nominal"; span: NominalSpan; year: number }
  | { kind: "month"; month: number; year: number }
  | { kind: "first-months"; n: number; year: number }
  | { kind: "last-months"; n: number; year: number }
  | { kind: "months"; n: number; from: Date; to: Date }
  | { kind: "months-cutoff"; n: number; from: string; to: string }
  | { kind: "years"; first: number; last: number }
  | { kind: "custom"; from: string; to: string };

/** The two ends of a period as local days; a RangeError for impossible dates or a period that ends before it starts. */
function periodDates(p: Period, caller: string): { from: Date; to: Date } {
  const from = toDate(p.from, caller);
  const to = toDate(p.to, caller);
  if (p.to < p.from)
    throw new RangeError(`${caller}: the period ends (${p.to}) before it starts (${p.from})`);
  return { from, to };
}

/** Whether a period runs from a 1st to a month's last day ("từ tháng 02 đến tháng 4"), not from a cut-off (15/12 – 14/6). */
function isWholeMonths(from: Date, to: Date): boolean {
  return from.getDate() === 1 && to.getDate() === getDaysInMonth(to);
}

/** Whole months from `from` to `to` (both whole months). */
function monthCount(from: Date, to: Date): number {
  return (to.getFullYear() - from.getFullYear()) * 12 + to.getMonth() - from.getMonth() + 1;
}

/** The number of months nearest to the length of a period that does not start on a 1st. */
function nearestMonths(from: Date, to: Date): number {
  const end = addDays(to, 1);
  const n = differenceInMonths(end, from);
  const under = Math.abs(differenceInCalendarDays(end, addMonths(from, n)));
  const over = Math.abs(differenceInCalendarDays(addMonths(from, n + 1), end));
  return Math.max(1, over < under ? n + 1 : n);
}

/** The span the dates alone stand for: 01/01 – 30/6 → "h1" (6 tháng đầu năm), 01/4 – 30/6 → "q2", 15/12 – 14/6 → "custom". */
function calendarSpan(from: Date, to: Date): PeriodSpan {
  if (!isWholeMonths(from, to)) return "custom";
  if (from.getFullYear() !== to.getFullYear()) return "months";
  const first = from.getMonth() + 1;
  const last = to.getMonth() + 1;
  if (first === 1 && last === 12) return "year";
  if (first === 1 && last === 6) return "h1";
  if (first === 7 && last === 12) return "h2";
  if (first === 1 && last === 9) return "9m";
  if (last === first + 2 && first % 3 === 1) return `q${last / 3}` as NominalSpan;
  return "months";
}

/** Read a period into the shape both labels are written from ("6 tháng đầu năm 2024" → nominal h1, 2024). */
function shapeOf(p: Period, caller: string): Shape {
  const { from, to } = periodDates(p, caller);
  const span = p.span ?? calendarSpan(from, to);
  if (span === "custom") return { kind: "custom", from: p.from, to: p.to };
  if (span !== "months") return { kind: "nominal", span, year: to.getFullYear() };
  if (!isWholeMonths(from, to))
    return { kind: "months-cutoff", n: nearestMonths(from, to), from: p.from, to: p.to };
  const n = monthCount(from, to);
  const year = to.getFullYear();
  // Whole calendar years, more than one: "giai đoạn 2016 - 2020", never "60 tháng (…)".
  if (from.getMonth() === 0 && to.getMonth() === 11 && year > from.getFullYear())
    return { kind: "years", first: from.getFullYear(), last: year };
  if (n === 1) return { kind: "month", month: to.getMonth() + 1, year };
  if (year === from.getFullYear() && from.getMonth() === 0) return { kind: "first-months", n, year };
  if (year === from.getFullYear() && to.getMonth() === 11) return { kind: "last-months", n, year };
  return { kind: "months", n, from, to };
}

const NOMINAL_VI: Readonly<Record<NominalSpan, string>> = PERIOD_SPAN_PHRASES;

/** English month names (date-fns `format` would bring its whole token engine and locale into the form's bundle). */
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const NOMINAL_EN: Readonly<Record<NominalSpan, string>> = {
  h1: "first half of",
  h2: "second half of",
  year: "year",
  q1: "Q1",
  q2: "Q2",
  q3: "Q3",
  q4: "Q4",
  "9m": "first 9 months of",
};

/**
 * The Vietnamese label of a period, as the title and the text of a report have it: "6 tháng đầu
 * năm 2024", "6 tháng cuối năm 2024", "năm 2024", "quý I năm 2024", "9 tháng đầu năm 2024";
 * other whole months: "tháng 5 năm 2024", "4 tháng đầu năm 2024", "9 tháng cuối năm 2024",
 * "3 tháng (từ tháng 02 đến tháng 4 năm 2024)", "3 tháng (từ tháng 11 năm 2023 đến tháng 01 năm 2024)";
 * whole calendar years, more than one: "giai đoạn 2016 - 2020";
 * span `months` on cut-off dates: "3 tháng (từ ngày 15/12/2023 đến ngày 14/3/2024)";
 * anything else: "từ ngày 15/12/2023 đến ngày 14/6/2024".
 * @example periodLabel({ from: "2023-12-15", to: "2024-06-14", span: "h1" }) === "6 tháng đầu năm 2024"
 */
export function periodLabel(p: Period): string {
  const s = shapeOf(p, "periodLabel");
  switch (s.kind) {
    case "nominal":
      return `${NOMINAL_VI[s.span]} ${s.year}`;
    case "month":
      return `tháng ${monthText(s.month)} năm ${s.year}`;
    case "first-months":
      return `${s.n} tháng đầu năm ${s.year}`;
    case "last-months":
      return `${s.n} tháng cuối năm ${s.year}`;
    case "months": {
      const fm = monthText(s.from.getMonth() + 1);
      const tm = monthText(s.to.getMonth() + 1);
      const fy = s.from.getFullYear();
      const ty = s.to.getFullYear();
      const range =
        fy === ty
          ? `từ tháng ${fm} đến tháng ${tm} năm ${ty}`
          : `từ tháng ${fm} năm ${fy} đến tháng ${tm} năm ${ty}`;
      return `${s.n} tháng (${range})`;
    }
    case "months-cutoff":
      return `${s.n} tháng (từ ngày ${formatDateShort(s.from)} đến ngày ${formatDateShort(s.to)})`;
    case "years":
      return `giai đoạn ${s.first} - ${s.last}`;
    case "custom":
      return `từ ngày ${formatDateShort(s.from)} đến ngày ${formatDateShort(s.to)}`;
  }
}

/**
 * The English label of a period: "first half of 2024", "second half of 2024", "year 2024",
 * "Q1 2024", "first 9 months of 2024", "May 2024", "first 4 months of 2024", "last 9 months of 2024",
 * "3 months (February – April 2024)", "3 months (15/12/2023 – 14/3/2024)", "2016–2020", "15/12/2023 – 14/6/2024".
 * @example periodLabelEn({ from: "2024-01-01", to: "2024-06-30" }) === "first half of 2024" // 6 tháng đầu năm 2024
 */
export function periodLabelEn(p: Period): string {
  const s = shapeOf(p, "periodLabelEn");
  switch (s.kind) {
    case "nominal":
      return `${NOMINAL_EN[s.span]} ${s.year}`;
    case "month":
      return `${MONTHS_EN[s.month - 1]} ${s.year}`;
    case "first-months":
      return `first ${s.n} months of ${s.year}`;
    case "last-months":
      return `last ${s.n} months of ${s.year}`;
    case "months": {
      const sameYear = s.from.getFullYear() === s.to.getFullYear();
      const month = (d: Date) => MONTHS_EN[d.getMonth()]!;
      const start = sameYear ? month(s.from) : `${month(s.from)} ${s.from.getFullYear()}`;
      return `${s.n} months (${start} – ${month(s.to)} ${s.to.getFullYear()})`;
    }
    case "months-cutoff":
      return `${s.n} months (${formatDateShort(s.from)} – ${formatDateShort(s.to)})`;
    case "years":
      return `${s.first}–${s.last}`;
    case "custom":
      return `${formatDateShort(s.from)} – ${formatDateShort(s.to)}`;
  }
}

/**
 * What span the dates of a period are, ignoring `p.span`: "h1", "h2", "year", "q1"…"q4", "9m"
 * (Jan 1 – Sep 30), "months" (other whole calendar months) or "custom".
 * @example spanOf({ from: "2024-04-01", to: "2024-06-30" }) === "q2" // quý II năm 2024
 */
export function spanOf(p: Period): PeriodSpan {
  const { from, to } = periodDates(p, "spanOf");
  return calendarSpan(from, to);
}

/**
 * Whether a period covers the first months of one year, less than the whole year: from 01/01
 * (whole months) or from the NĐ 09/2019 cut-off 15/12 of the year before, ending before the year ends.
 */
function startsYear(from: Date, to: Date): boolean {
  if (isWholeMonths(from, to))
    return from.getMonth() === 0 && from.getFullYear() === to.getFullYear() && to.getMonth() < 11;
  return (
    from.getMonth() === 11 &&
    from.getDate() === 15 &&
    to.getDate() === 14 &&
    to.getFullYear() === from.getFullYear() + 1 &&
    to.getMonth() < 11
  );
}

/** The nominal span that follows each nominal span, and its length in months. */
const FOLLOWING: Readonly<Record<NominalSpan, readonly [NominalSpan, number]>> = {
  h1: ["h2", 6],
  h2: ["h1", 6],
  year: ["year", 12],
  q1: ["q2", 3],
  q2: ["q3", 3],
  q3: ["q4", 3],
  q4: ["q1", 3],
  "9m": ["q4", 3],
};

/**
 * The period that follows `p`, starting the day after `p.to`: 6 tháng đầu năm → 6 tháng cuối năm;
 * 6 tháng cuối năm → 6 tháng đầu năm sau; năm → năm sau; quý I → quý II, quý IV → quý I năm sau;
 * 9 tháng đầu năm → quý IV; the first months of a year that are no nominal span ("5 tháng đầu
 * năm", from 01/01 or from the 15/12 cut-off) → the rest of that year ("7 tháng cuối năm");
 * other `months` → as many months again; custom → as many days again.
 * Cut-off dates shift the same way (15/12/2023 – 14/6/2024 → 15/6/2024 – 14/12/2024, span "h2").
 * `restOfYear`: from the day after `p.to` to 31/12 of that year (quý I → 9 tháng cuối năm).
 * The result carries `span` when `p` does (never with `restOfYear`: those dates are calendar dates).
 * @example nextPeriod({ from: "2024-01-01", to: "2024-06-30" }) // → { from: "2024-07-01", to: "2024-12-31" }: 6 tháng cuối năm 2024
 */
export function nextPeriod(p: Period, opts?: { restOfYear?: boolean }): Period {
  const { from, to } = periodDates(p, "nextPeriod");
  const start = addDays(to, 1);
  if (opts?.restOfYear === true) return { from: toIsoDate(start), to: toIsoDate(endOfYear(start)) };
  const span = p.span ?? calendarSpan(from, to);
  let end: Date;
  let nextSpan: PeriodSpan = span;
  if (span === "custom") {
    // a run of whole months between cut-offs (15/12 – 14/6) shifts by months (15/6 – 14/12),
    // any other range by its number of days
    const months = differenceInMonths(start, from);
    end =
      months > 0 && differenceInCalendarDays(addMonths(from, months), start) === 0
        ? addDays(addMonths(start, months), -1)
        : addDays(start, differenceInCalendarDays(to, from));
  } else if (span === "months" && startsYear(from, to)) {
    // the report of the year's first months is followed by the rest of that year
    end = isWholeMonths(from, to) ? endOfYear(start) : new Date(to.getFullYear(), 11, 14);
  } else if (span === "months") {
    const n = isWholeMonths(from, to) ? monthCount(from, to) : nearestMonths(from, to);
    end = addDays(addMonths(start, n), -1);
  } else {
    const [following, months] = FOLLOWING[span];
    nextSpan = following;
    end = addDays(addMonths(start, months), -1);
  }
  const next: Period = { from: toIsoDate(start), to: toIsoDate(end) };
  return p.span === undefined ? next : { ...next, span: nextSpan };
}

/**
 * Whether a date falls in a period, both ends included. A malformed or impossible date is a RangeError.
 * @example isWithin("2024-06-14", { from: "2023-12-15", to: "2024-06-14", span: "h1" }) === true
 */
export function isWithin(iso: string, p: Period): boolean {
  toDate(iso, "isWithin");
  return p.from <= iso && iso <= p.to;
}
