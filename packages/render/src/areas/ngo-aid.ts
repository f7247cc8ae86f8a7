/** Foreign non-governmental aid (viện trợ PCPNN): the projects and totals, and their appendix table. */
import { type AidProject, formatCount, formatMoney, padCount } from "@doingoai/core";
import { type ColumnSpec, columnsOf, timeCell } from "../layout/tables";
import type { Table } from "../layout/types";
import { describeAid } from "../sentences/aid";
import type { FactsOf } from "../sentences/facts";
import { withCountry } from "../sentences/phrase";
import { citationLines } from "./common";
import { type AreaRenderer, areaTable } from "./types";

export const AID_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Tên dự án, khoản viện trợ", 2600],
  ["Nhà tài trợ", 1900],
  ["Lĩnh vực", 1300],
  ["Giá trị cam kết", 1700, "right"],
  ["Giá trị đã tiếp nhận", 1700, "right"],
  ["Viện trợ hiện vật", 1900],
  ["Đối tượng hưởng lợi", 1400],
  ["Thời gian thực hiện", 1400, "center"],
];

function money(m: AidProject["committed"]): string {
  return m === undefined ? "" : formatMoney(m);
}

/** The aid table: one row per project or aid item. */
export function aidTable(projects: readonly AidProject[], width: number): Table {
  return {
    columns: columnsOf(AID_COLUMNS, width),
    rows: projects.map((p, i) => [
      padCount(i + 1),
      p.title,
      withCountry(p.donor, p.donorCountry),
      p.field ?? "",
      money(p.committed),
      money(p.received),
      (p.inKind ?? [])
        .map((k) =>
          k.estimatedValue === undefined
            ? k.description
            : `${k.description} (${formatMoney(k.estimatedValue)})`,
        )
        .join("; "),
      p.beneficiaries === undefined ? "" : formatCount(p.beneficiaries),
      timeCell(p.from, p.to),
    ]),
    repeatHeader: true,
  };
}

export const ngoAid: AreaRenderer<FactsOf<"ngo-aid">> = {
  sentences: (f, ctx) => [...describeAid(f, ctx), ...citationLines(f)],
  tables: [
    areaTable("ngo-aid", {
      ref: () => "section",
      table: (facts, _spec, width) => aidTable(facts?.projects ?? [], width),
    }),
  ],
};
