/**
 * Calendar dates as NĐ 30/2020 documents write them. The rule (Phụ lục I, ô 4): a day below 10
 * and the months 1 and 2 take a leading zero — "ngày 05 tháng 01 năm 2020",
 * "ngày 29 tháng 6 năm 2019", "08/5/2024", "29/01/2024" — so that "tháng 1" cannot be turned
 * into "tháng 11". Every function here applies it, in the date line and in running text alike.
 *
 * Calendar arithmetic is date-fns'; dates are local calendar days (no time zone involved).
 */
import { differenceInCalendarDays, isValid, parseISO } from "date-fns";
import type { PartialDate } from "../model/values";

/**
 * The blank left for a day, month or year not yet known in a draft: three spaces, put where the
 * digits go, between the usual single spaces ("ngày" + " " + DRAFT_BLANK + " " + "tháng").
 * Renderers that draw the blank (dots, an underline) look for this exact string.
 */
export const DRAFT_BLANK = "   ";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `iso` is a `YYYY-MM-DD` date that exists on the calendar (leap years included).
 * @example isRealDate("2024-02-29") === true; isRealDate("2023-02-29") === false; isRealDate("2024-02-30") === false
 */
export function isRealDate(iso: string): boolean {
  return ISO_DATE.test(iso) && isValid(parseISO(iso));
}

/**
 * The local calendar day of an ISO date; a RangeError names the caller when the date is
 * malformed or does not exist.
 * @example toDate("2024-05-08").getDate() === 8 // ngày 08/5/2024
 */
export function toDate(iso: string, caller = "toDate"): Date {
  const date = ISO_DATE.test(iso) ? parseISO(iso) : new Date(Number.NaN);
  if (!isValid(date)) throw new RangeError(`${caller}: "${iso}" is not a real date (expected YYYY-MM-DD)`);
  return date;
}

/**
 * The ISO `YYYY-MM-DD` form of a local calendar day.
 * @example toIsoDate(new Date(2024, 4, 8)) === "2024-05-08" // ngày 08 tháng 5 năm 2024
 */
export function toIsoDate(date: Date): string {
  // by hand rather than date-fns `format`, whose token engine and en-US locale would weigh
  // several KB gzip in every browser bundle of the form for this one pattern
  const y = String(date.getFullYear()).padStart(4, "0");
  return `${y}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * A day of the month as documents write it: a leading zero below 10.
 * @example dayText(8) === "08"; dayText(29) === "29"
 */
export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/**
 * A month as documents write it: a leading zero for 1 and 2 only.
 * @example monthText(1) === "01"; monthText(2) === "02"; monthText(5) === "5"; monthText(12) === "12"
 */
export function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Year (as written), month and day of a real ISO date, or a RangeError naming `caller`: "2024-05-08" → 2024, 5, 8. */
function isoParts(iso: string, caller: string): { year: string; month: number; day: number } {
  const date = toDate(iso, caller);
  return { year: iso.slice(0, 4), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * The place-and-date line (ô 4). A blank day (`"2024-05"`), a blank day and month (`"2024"`)
 * or no date at all leave {@link DRAFT_BLANK} where the digits go; an empty place leaves the
 * line starting at "ngày". A malformed or impossible date is a RangeError.
 * @example formatDateLine("Văn Quan", "2024-05-08") === "Văn Quan, ngày 08 tháng 5 năm 2024"
 * @example formatDateLine("Văn Quan", "2024-05") === "Văn Quan, ngày" + " " + DRAFT_BLANK + " " + "tháng 5 năm 2024"
 * @example formatDateLine("Lạng Sơn", undefined) === `Lạng Sơn, ngày ${DRAFT_BLANK} tháng ${DRAFT_BLANK} năm ${DRAFT_BLANK}`
 */
export function formatDateLine(place: string, date: PartialDate | undefined): string {
  const where = place.trim();
  const head = where === "" ? "" : `${where}, `;
  let day = DRAFT_BLANK;
  let month = DRAFT_BLANK;
  let year = DRAFT_BLANK;
  if (date !== undefined) {
    const m = PARTIAL_DATE.exec(date);
    if (m === null) {
      throw new RangeError(`formatDateLine: "${date}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    const [, y, mm, dd] = m;
    year = y!;
    if (dd !== undefined) {
      const parts = isoParts(date, "formatDateLine");
      day = dayText(parts.day);
      month = monthText(parts.month);
    } else if (mm !== undefined) {
      const n = Number(mm);
      if (n < 1 || n > 12) throw new RangeError(`formatDateLine: "${date}" has no month ${mm}`);
      month = monthText(n);
    }
  }
  return `${head}ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * A full date in words, as in running text and the appendix line.
 * @example formatDateLong("2024-05-08") === "ngày 08 tháng 5 năm 2024"; formatDateLong("2024-02-05") === "ngày 05 tháng 02 năm 2024"
 */
export function formatDateLong(iso: string): string {
  const { year, month, day } = isoParts(iso, "formatDateLong");
  return `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
}

/**
 * A full date in figures, as citations write it ("Công văn số … ngày 08/5/2024").
 * @example formatDateShort("2024-05-08") === "08/5/2024"; formatDateShort("2024-01-29") === "29/01/2024"
 */
export function formatDateShort(iso: string): string {
  const { year, month, day } = isoParts(iso, "formatDateShort");
  return `${dayText(day)}/${monthText(month)}/${year}`;
}

/**
 * The number of days from `from` to `to`, both counted (a delegation abroad "từ ngày 27/4 đến
 * ngày 01/5/2019": 5 days). `to` before `from` is a RangeError.
 * @example inclusiveDays("2019-04-27", "2019-05-01") === 5; inclusiveDays("2024-05-08", "2024-05-08") === 1
 */
export function inclusiveDays(from: string, to: string): number {
  const days = differenceInCalendarDays(toDate(to, "inclusiveDays"), toDate(from, "inclusiveDays")) + 1;
  if (days < 1) throw new RangeError(`inclusiveDays: "${to}" is before "${from}"`);
  return days;
}
