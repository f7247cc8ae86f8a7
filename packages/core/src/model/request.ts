/**
 * Report request (công văn đề nghị báo cáo): the document a receiving body (a Sở Ngoại vụ, a
 * provincial committee) sends to ask its units for their reports. A công văn of NĐ 30/2020 (no
 * kind title: "V/v {subject}" under the number, "Kính gửi:" the units, "Nơi nhận: - Như trên; …"),
 * whose body states what NĐ 09/2019/NĐ-CP asks of a reporting regime: the class of report (Điều
 * 4), the period and its cut-off dates (Điều 12), the deadline (Điều 8.5, 13), the outline and the
 * tables, the units that report, how to send.
 *
 * The presets below follow docs/research/reporting-law.md §1: periodic cut-offs run from the 15th
 * to the 14th (month: 15 of the month before – 14; quarter: 15 of the month before the quarter –
 * 14 of its last month; 6 tháng đầu năm: 15/12 of the year before – 14/6; 6 tháng cuối năm: 15/6
 * – 14/12; năm: 15/12 of the year before – 14/12). "9 tháng" (15/12 – 14/9) is a provincial rule
 * (Khánh Hòa QĐ 01/2023), not the decree's; it is offered as such.
 */
import * as z from "zod";
import { AreaRef } from "./areas";
import { IsoDate, Line, Narrative, Period, Text } from "./values";

/** NĐ 09/2019 Điều 4: định kỳ, chuyên đề, đột xuất. */
export const ReportClass = z.enum(["periodic", "thematic", "ad-hoc"]).meta({ id: "ReportClass" });
export type ReportClass = z.infer<typeof ReportClass>;

/** The Vietnamese name of each class of report, as a request writes it ("báo cáo định kỳ"). */
export const REPORT_CLASS_WORDS: Readonly<Record<ReportClass, string>> = {
  periodic: "định kỳ",
  thematic: "chuyên đề",
  "ad-hoc": "đột xuất",
};

/** A unit asked to report: its name as the request writes it, and its id in the units list. */
export const RequestedUnit = z
  .strictObject({
    name: Line,
    /** Id of the unit in the receiving body's list of units (consolidation). */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
      .optional(),
  })
  .meta({ id: "RequestedUnit" });
export type RequestedUnit = z.infer<typeof RequestedUnit>;

export const RequestBody = z
  .strictObject({
    reportClass: ReportClass,
    /** The period reported on ("6 tháng đầu năm 2026"). */
    period: Period,
    /** Thời gian chốt số liệu (NĐ 09 Điều 12); see `cutOffPreset`. */
    cutOff: Period.optional(),
    /** Hạn gửi báo cáo: the last day a report is on time. */
    deadline: IsoDate,
    /** The opening paragraphs ("Thực hiện …; để tổng hợp, báo cáo …"), as written. */
    intro: Narrative.optional(),
    /** The outline: the areas each unit reports on, in order (standard ids or `custom:<id>`). */
    areas: z.array(AreaRef).max(50).optional(),
    /** Tables the units must fill in ("Biểu tổng hợp đoàn ra, đoàn vào"). */
    tables: z.array(Line).max(50).optional(),
    /** The units asked to report. */
    units: z.array(RequestedUnit).min(1).max(5000),
    /** How to send: paper and electronic copies, the system or address ("gửi qua Hệ thống …"). */
    submission: Text.optional(),
    /** Who to contact ("đồng chí …, Phòng …, điện thoại …"). */
    contact: Text.optional(),
    /** The closing sentence ("Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."). */
    closing: Text.optional(),
  })
  .meta({ id: "RequestBody" });
export type RequestBody = z.infer<typeof RequestBody>;

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
