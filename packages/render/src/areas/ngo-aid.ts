/** Foreign non-governmental aid (viện trợ PCPNN): the projects and totals, and their appendix table. */
import { type AidProject, ENUM_PHRASES, formatCount, formatMoney, padCount } from "@doingoai/core";
import { type ColumnSpec, columnsOf, timeCell } from "../layout/tables";
import type { Table } from "../layout/types";
import { describeAid } from "../sentences/aid";
import type { FactsOf } from "../sentences/facts";
import { lowerFirst, withCountry } from "../sentences/phrase";
import { citationLines, partnerLines } from "./common";
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

/** The column of disbursed amounts, after the received ones, when a row states one. */
export const DISBURSED_COLUMN: ColumnSpec = ["Giá trị đã giải ngân", 1700, "right"];

function money(m: AidProject["committed"]): string {
  return m === undefined ? "" : formatMoney(m);
}

/** The title cell: non-project and emergency aid named so ("Hỗ trợ sau bão (phi dự án)"). */
function titleCell(p: AidProject): string {
  if (p.kind === undefined || p.kind === "project") return p.title;
  return `${p.title} (${lowerFirst(ENUM_PHRASES.AidKind[p.kind])})`;
}

/** The aid table: one row per project or aid item. */
export function aidTable(projects: readonly AidProject[], width: number): Table {
  const disbursed = projects.some((p) => p.disbursed !== undefined);
  const specs = disbursed
    ? [...AID_COLUMNS.slice(0, 6), DISBURSED_COLUMN, ...AID_COLUMNS.slice(6)]
    : AID_COLUMNS;
  return {
    columns: columnsOf(specs, width),
    rows: projects.map((p, i) => [
      padCount(i + 1),
      titleCell(p),
      withCountry(p.donor, p.donorCountry),
      p.field ?? "",
      money(p.committed),
      money(p.received),
      ...(disbursed ? [money(p.disbursed)] : []),
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
  sentences: (f, ctx) => [...describeAid(f, ctx), ...partnerLines(f.partnersByLevel), ...citationLines(f)],
  tables: [
    areaTable("ngo-aid", {
      ref: () => "section",
      table: (facts, _spec, width) => aidTable(facts?.projects ?? [], width),
    }),
  ],
};
