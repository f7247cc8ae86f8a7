/**
 * Tables of the layout with explicit column widths in twips: the appendix tables of typed facts
 * (outbound delegations exactly as seed 001 has them; inbound delegations, aid, agreements and
 * conferences beside it) and free tables.
 */
import {
  type Agreement,
  type AidProject,
  type Delegation,
  type Direction,
  ENUM_PHRASES,
  type Event,
  type FreeTable,
  formatCount,
  formatDateShort,
  formatMoney,
  padCount,
} from "@doingoai/core";
import { describeCitation } from "../sentences/citations";
import { delegationDays } from "../sentences/delegations";
import { stripEnd, withCountry } from "../sentences/phrase";
import type { Table, TableColumn } from "./types";

type ColumnSpec = readonly [title: string, weight: number, align?: TableColumn["align"]];

/**
 * Columns from relative weights, scaled to `total` twips exactly (largest remainders take the
 * rounding twips, so the widths always add up to the text width).
 */
export function columnsOf(specs: readonly ColumnSpec[], total: number): TableColumn[] {
  const sum = specs.reduce((n, s) => n + s[1], 0);
  const exact = specs.map((s) => (s[1] / sum) * total);
  const widths = exact.map(Math.floor);
  let rest = total - widths.reduce((n, w) => n + w, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) widths[order[k]![1]]! += 1;
  return specs.map(([title, , align], i) => ({ title, width: widths[i]!, ...(align ? { align } : {}) }));
}

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

export const AGREEMENT_COLUMNS: readonly ColumnSpec[] = [
  ["Số TT", 700, "center"],
  ["Tên thỏa thuận quốc tế", 3600],
  ["Đối tác", 2400],
  ["Quốc gia", 1300],
  ["Ngày ký", 1200, "center"],
  ["Người ký", 1700],
  ["Tình hình thực hiện", 3100],
];

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

/** "Từ ngày 27/4/2019 đến ngày 01/5/2019." as the table's time cell has it. */
export function timeCell(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) {
    return from === to
      ? `Ngày ${formatDateShort(from)}.`
      : `Từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}.`;
  }
  if (from !== undefined) return `Từ ngày ${formatDateShort(from)}.`;
  if (to !== undefined) return `Đến ngày ${formatDateShort(to)}.`;
  return "";
}

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

/** "Đang triển khai thực hiện": the status as a table cell writes it. */
const statusCell = (s: NonNullable<Agreement["status"]>): string => {
  const w = ENUM_PHRASES.AgreementStatus[s];
  return w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
};

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
      [a.status === undefined ? "" : statusCell(a.status), a.statusNote ?? ""]
        .filter((s) => s !== "")
        .join(". "),
    ]),
    repeatHeader: true,
  };
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
        e.place ?? "",
        e.organiser ?? "",
        all !== "" && foreign !== "" ? `${all} (${foreign})` : all || foreign,
        e.approval === undefined ? "" : describeCitation(e.approval),
        e.result ?? "",
      ];
    }),
    repeatHeader: true,
  };
}

/** A numbering column ("Số TT", "STT", "TT"): narrow. */
const NUMBER_COLUMN = /^(số\s*tt|stt|tt|số thứ tự)\.?$/i;

/** A figure as cells hold one: "03", "1.250", "12,5", "25%", "−" for none. */
const FIGURE = /^(?:[-–—]|(?:trên|dưới|khoảng|gần|hơn)?\s*\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*%?)$/i;

/** A column whose every filled cell is a figure: centred, as counts are in the seeds' tables. */
function isFigureColumn(rows: readonly (readonly string[])[], j: number): boolean {
  let any = false;
  for (const row of rows) {
    const cell = (row[j] ?? "").trim();
    if (cell === "") continue;
    if (!FIGURE.test(cell)) return false;
    any = true;
  }
  return any;
}

/**
 * A free table: column widths follow the length of what the columns hold (header words and
 * cells, bounded so that no column is starved or swallows the page); columns of figures are centred.
 */
export function freeTable(t: FreeTable, width: number): Table {
  // A row longer than the header keeps its cells: the extra columns get an empty title.
  let cols = t.columns.length;
  for (const row of t.rows) cols = Math.max(cols, row.length);
  const titles = Array.from({ length: cols }, (_, j) => t.columns[j] ?? "");
  const specs: ColumnSpec[] = titles.map((title, j) => {
    if (NUMBER_COLUMN.test(title.trim())) return [title, 4, "center"];
    const align = isFigureColumn(t.rows, j) ? "center" : undefined;
    let longest = 0;
    for (const w of title.split(" ")) longest = Math.max(longest, w.length);
    let sum = 0;
    let n = 0;
    for (const row of t.rows) {
      const cell = row[j];
      if (cell !== undefined && cell !== "") {
        sum += Math.min(cell.length, 200);
        n++;
      }
    }
    const avg = n === 0 ? title.length : sum / n;
    const weight = Math.max(6, Math.min(40, Math.max(longest + 2, Math.sqrt(avg) * 4)));
    return align === undefined ? [title, weight] : [title, weight, align];
  });
  return {
    ...(t.caption === undefined ? {} : { caption: t.caption }),
    columns: columnsOf(specs, width),
    rows: t.rows.map((row) => Array.from({ length: cols }, (_, j) => row[j] ?? "")),
    repeatHeader: true,
  };
}
