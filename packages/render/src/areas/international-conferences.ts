/** International conferences (hội nghị, hội thảo quốc tế): a line per conference, and their appendix table. */
import { type Event, formatCount, padCount } from "@doingoai/core";
import { type ColumnSpec, columnsOf, timeCell } from "../layout/tables";
import type { Table } from "../layout/types";
import { describeConferences } from "../sentences/activities";
import { describeCitation } from "../sentences/citations";
import type { FactsOf } from "../sentences/facts";
import { describePlace } from "../sentences/place";
import { citationLines, indicatorLines } from "./common";
import { type AreaRenderer, areaTable } from "./types";

export const CONFERENCE_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Tên hội nghị, hội thảo", 3000],
  ["Thời gian", 1500, "center"],
  ["Địa điểm", 1600],
  ["Đơn vị tổ chức", 1800],
  ["Số đại biểu (trong đó nước ngoài)", 1400, "center"],
  ["Văn bản cho phép", 2300],
  ["Kết quả", 2000],
];

/**
 * The "Địa điểm" cell: the place as typed, and a place tied by "qua" with its word ("qua cửa khẩu
 * Chi Ma"); one tied by "tại" is the name alone (the column says where).
 */
function placeCell(e: Event): string {
  const where =
    e.where === undefined ? "" : e.where.relation === "via" ? describePlace(e.where) : e.where.name.trim();
  return [e.place ?? "", where].filter((s) => s !== "").join(", ");
}

/** The conferences table. */
export function conferenceTable(conferences: readonly Event[], width: number): Table {
  return {
    columns: columnsOf(CONFERENCE_COLUMNS, width),
    rows: conferences.map((e, i) => {
      const all = e.participants === undefined ? "" : formatCount(e.participants);
      const foreign = e.foreignParticipants === undefined ? "" : formatCount(e.foreignParticipants);
      return [
        padCount(i + 1),
        e.title,
        e.dateText ?? timeCell(e.from, e.to),
        placeCell(e),
        e.organiser ?? "",
        all !== "" && foreign !== "" ? `${all} (${foreign})` : all || foreign,
        e.approval === undefined ? "" : describeCitation(e.approval),
        e.result ?? "",
      ];
    }),
    repeatHeader: true,
  };
}

export const internationalConferences: AreaRenderer<FactsOf<"international-conferences">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...describeConferences(f.conferences ?? [], ctx),
    ...citationLines(f),
  ],
  tables: [
    areaTable("conferences", {
      ref: () => "section",
      table: (facts, _spec, width) => conferenceTable(facts?.conferences ?? [], width),
    }),
  ],
};
