/**
 * Report request (công văn đề nghị báo cáo): the document a receiving body (a Sở Ngoại vụ, a
 * provincial committee) sends to ask its units for their reports. A công văn of NĐ 30/2020 (no
 * kind title: "V/v {subject}" under the number, "Kính gửi:" the units, "Nơi nhận: - Như trên; …"),
 * whose body states what NĐ 09/2019/NĐ-CP asks of a reporting regime: the class of report (Điều
 * 4), the period and its cut-off dates (Điều 12), the deadline (Điều 8.5, 13), the outline and the
 * tables, the units that report, how to send.
 *
 * The cut-off presets (`format/cut-off.ts`) follow docs/research/reporting-law.md §1: periodic cut-offs run from the 15th
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
