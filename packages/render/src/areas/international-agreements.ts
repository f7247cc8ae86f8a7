/**
 * International agreements (thỏa thuận quốc tế): the cooperation partners by level and country, a
 * line per agreement, and their appendix table.
 */
import { type Agreement, formatDateShort, padCount } from "@doingoai/core";
import { STATUS as AGREEMENT_STATUS_CELL, type ColumnSpec, columnsOf } from "../layout/tables";
import type { Table } from "../layout/types";
import { describeAgreements } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines, partnerLines } from "./common";
import { type AreaRenderer, areaTable } from "./types";

export const AGREEMENT_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Tên thỏa thuận quốc tế", 3600],
  ["Đối tác", 2400],
  ["Quốc gia", 1300],
  ["Ngày ký", 1200, "center"],
  ["Người ký", 1700],
  ["Tình hình thực hiện", 3100],
];

/** The agreements table. */
export function agreementTable(agreements: readonly Agreement[], width: number): Table {
  return {
    columns: columnsOf(AGREEMENT_COLUMNS, width),
    rows: agreements.map((a, i) => [
      padCount(i + 1),
      a.title,
      a.partner ?? "",
      a.partnerCountry ?? "",
      a.signedOn === undefined ? "" : formatDateShort(a.signedOn),
      a.signer ?? "",
      [a.status === undefined ? "" : AGREEMENT_STATUS_CELL[a.status], a.statusNote ?? ""]
        .filter((s) => s !== "")
        .join(". "),
    ]),
    repeatHeader: true,
  };
}

export const internationalAgreements: AreaRenderer<FactsOf<"international-agreements">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...partnerLines(f.partnersByLevel),
    ...describeAgreements(f.agreements ?? [], ctx),
    ...citationLines(f),
  ],
  tables: [
    areaTable("agreements", {
      ref: () => "section",
      table: (facts, _spec, width) => agreementTable(facts?.agreements ?? [], width),
    }),
  ],
};
