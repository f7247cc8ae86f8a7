/**
 * Delegations (đoàn ra, đoàn vào): the delegations exchanged both ways as one figure, when the
 * document states them so; per direction the totals and a line per delegation (see
 * `describeDelegations`); the appendix tables of one direction, outbound exactly as seed 001 has
 * them (BẢNG TỔNG HỢP ĐOÀN RA), inbound beside it.
 */
import {
  type Count,
  type Delegation,
  type DelegationTotals,
  type Direction,
  formatCount,
  formatMoney,
  padCount,
} from "@doingoai/core";
import { type ColumnSpec, columnsOf, timeCell } from "../layout/tables";
import type { Table } from "../layout/types";
import { delegationDays, describeDelegations, totalsComparison } from "../sentences/delegations";
import type { FactsOf } from "../sentences/facts";
import { capitalize, endSentence, opening, type SentenceContext, stripEnd } from "../sentences/phrase";
import { describePlace } from "../sentences/place";
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
  const where = describePlace(d.place);
  if (where !== "") extra.push(capitalize(where));
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

const count = (c: Count, unit: string) => formatCount({ ...c, unit: c.unit ?? unit });

/**
 * The delegations exchanged both ways, as documents state them without splitting the directions:
 * "Trong 6 tháng đầu năm 2026, trao đổi 87 đoàn với 640 lượt người, 1.250 ngày", compared with
 * the same figure of the previous year when it is known ("(số đoàn tăng 10%, … so với cùng kỳ
 * năm 2025)").
 */
export function describeExchanged(
  totals: DelegationTotals,
  ctx: SentenceContext,
  previous?: DelegationTotals,
): string {
  const sums: string[] = [];
  if (totals.persons !== undefined) sums.push(count(totals.persons, "lượt người"));
  if (totals.days !== undefined) sums.push(count(totals.days, "ngày"));
  let text = `${opening(ctx)}trao đổi ${count(totals.delegations, "đoàn")}`;
  if (sums.length > 0) text += ` với ${sums.join(", ")}`;
  if (previous !== undefined && ctx.previousYear !== undefined) {
    text += totalsComparison(totals, previous, ctx.previousYear);
  }
  return endSentence(capitalize(text));
}

function exchangedLines(facts: FactsOf<"delegations">, ctx: SentenceContext): string[] {
  const exchanged = facts.totals?.exchanged;
  if (exchanged === undefined) return [];
  const c = facts.previousYear === undefined ? ctx : { ...ctx, previousYear: facts.previousYear };
  return [describeExchanged(exchanged, c, facts.previousTotals?.exchanged)];
}

export const delegations: AreaRenderer<FactsOf<"delegations">> = {
  sentences: (facts, ctx, refs) => [
    ...exchangedLines(facts, ctx),
    ...describeDelegations(facts, ctx, refs),
    ...citationLines(facts),
  ],
  tables: [
    areaTable("delegations", {
      ref: (spec) => spec.direction,
      table: (facts, spec, width) => delegationTable(facts?.delegations ?? [], spec.direction, width),
    }),
  ],
};
