/**
 * Tables of the layout with explicit column widths in twips: the pieces the appendix tables of
 * typed facts are made of (their columns and rows live with their area, `../areas`) and free
 * tables.
 */
import { type Agreement, ENUM_PHRASES, type FreeTable, formatDateShort } from "@doingoai/core";
import type { Table, TableColumn } from "./types";

export type ColumnSpec = readonly [title: string, weight: number, align?: TableColumn["align"]];

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

/** Agreement statuses as a table cell writes them (capitalised). */
export const STATUS: Readonly<Record<NonNullable<Agreement["status"]>, string>> = {
  negotiating: upperFirst(ENUM_PHRASES.AgreementStatus.negotiating),
  signed: upperFirst(ENUM_PHRASES.AgreementStatus.signed),
  implementing: upperFirst(ENUM_PHRASES.AgreementStatus.implementing),
  completed: upperFirst(ENUM_PHRASES.AgreementStatus.completed),
  expired: upperFirst(ENUM_PHRASES.AgreementStatus.expired),
};

function upperFirst(w: string): string {
  return w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
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
