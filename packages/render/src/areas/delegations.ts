/**
 * Delegations (đoàn ra, đoàn vào): per direction the totals and a line per delegation (see
 * `describeDelegations`); the appendix tables of one direction, outbound exactly as seed 001 has
 * them (BẢNG TỔNG HỢP ĐOÀN RA), inbound beside it.
 */
import { type Delegation, type Direction, formatMoney, padCount } from "@doingoai/core";
import { type ColumnSpec, columnsOf, timeCell } from "../layout/tables";
import type { Table } from "../layout/types";
import { delegationDays, describeDelegations } from "../sentences/delegations";
import type { FactsOf } from "../sentences/facts";
import { stripEnd } from "../sentences/phrase";
import { citationLines } from "./common";
import { type AreaRenderer, areaTable } from "./types";

/** The columns of the outbound-delegation table, as seed 001 (BẢNG TỔNG HỢP ĐOÀN RA) has them. */
export const OUTBOUND_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Danh nghĩa Đoàn và tính chất hoạt động", 2300],
  ["Đến nước", 1200],
  ["Cấp trưởng đoàn", 1500],
  ["Nội dung hoạt động và đối tác", 3400],
  ["Số thành viên đoàn", 1000, "center"],
  ["Số ngày", 800, "center"],
  ["Thời gian thực hiện", 1770, "center"],
  ["Kinh phí/ Nguồn chi", 1900],
];

/** The inbound-delegation table: the same shape, seen from the host's side. */
export const INBOUND_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Danh nghĩa Đoàn và tính chất hoạt động", 2300],
  ["Đến từ nước", 1200],
  ["Cấp trưởng đoàn", 1500],
  ["Nội dung hoạt động, đối tác và cơ quan đón tiếp", 3400],
  ["Số thành viên đoàn", 1000, "center"],
  ["Số ngày", 800, "center"],
  ["Thời gian thực hiện", 1770, "center"],
  ["Kinh phí/ Nguồn chi", 1900],
];

function delegationRow(d: Delegation, i: number): string[] {
  const content = d.content ?? "";
  const extra: string[] = [];
  if (d.partner !== undefined && !content.includes(d.partner)) extra.push(`Đối tác: ${stripEnd(d.partner)}`);
  if (d.host !== undefined && !content.includes(d.host)) extra.push(`Cơ quan đón tiếp: ${stripEnd(d.host)}`);
  const contentCell = [content, ...extra].filter((s) => s !== "").join(". ");
  const days = delegationDays(d);
  const cost = d.cost === undefined ? "" : formatMoney(d.cost);
  const funding = d.funding === undefined ? cost : cost === "" ? d.funding : `${d.funding} (${cost})`;
  return [
    padCount(i + 1),
    d.name,
    (d.countries ?? []).join(", "),
    d.headRank ?? "",
    contentCell,
    d.members === undefined ? "" : padCount(d.members),
    days === undefined ? "" : padCount(days),
    timeCell(d.from, d.to),
    funding,
  ];
}

/** The delegation table of one direction, rows in the document's order numbered "01", "02"… */
export function delegationTable(rows: readonly Delegation[], direction: Direction, width: number): Table {
  const mine = rows.filter((d) => d.direction === direction);
  return {
    columns: columnsOf(direction === "outbound" ? OUTBOUND_COLUMNS : INBOUND_COLUMNS, width),
    rows: mine.map(delegationRow),
    repeatHeader: true,
  };
}

export const delegations: AreaRenderer<FactsOf<"delegations">> = {
  sentences: (facts, ctx, refs) => [...describeDelegations(facts, ctx, refs), ...citationLines(facts)],
  tables: [
    areaTable("delegations", {
      ref: (spec) => spec.direction,
      table: (facts, spec, width) => delegationTable(facts?.delegations ?? [], spec.direction, width),
    }),
  ],
};
