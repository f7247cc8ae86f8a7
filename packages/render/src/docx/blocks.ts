/** The body: headings, paragraphs by role, and tables with explicit twip widths (see wml.ts). */
import type { Block, Table as LayoutTable, Run, TableColumn } from "../layout/types";
import { STYLE } from "./styles";
import type { WCell, Wml, WRow, WRunFormat } from "./wml";

const ROLE_STYLE = {
  body: STYLE.body,
  basis: STYLE.basis,
  closing: STYLE.body,
  center: STYLE.center,
} as const;

/** A draft's "(Chưa có nội dung)" stand-in is shown muted. */
const PLACEHOLDER = { italics: true, color: "767676" } as const;
const MIN_COLUMN = 300;
/** Rows with fewer characters than this are not split across pages. */
const SHORT_ROW = 600;

/** Runs of the layout with their emphasis; an absent flag keeps the paragraph style's. */
export function layoutRunsXml<X>(w: Wml<X>, runs: readonly Run[], base: WRunFormat = {}): X[] {
  return runs.flatMap((run) =>
    w.runs(run.text, {
      ...base,
      ...(run.bold !== undefined ? { bold: run.bold } : {}),
      ...(run.italic !== undefined ? { italics: run.italic } : {}),
    }),
  );
}

/** A point's marker: "a)", "đ)" (NĐ 30: points are upright, not bold). */
const POINT = /^[a-zđ]\)$/u;
/** A tail of more words than this is a sentence: the paragraph is body text, not an outline heading. */
const SENTENCE_WORDS = 6;

/**
 * Whether a heading is one for the outline (Word's Navigation pane): numbered, and not run into
 * a sentence ("5. Nhiệm vụ của …: quan tâm rà soát …" is body text with a bold head).
 */
export function isOutlineHeading(block: Extract<Block, { type: "heading" }>): boolean {
  if (block.marker.trim() === "") return false;
  const tail = (block.tail ?? []).map((r) => r.text).join("");
  return (
    tail
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "").length <= SENTENCE_WORDS
  );
}

/** The paragraphs and tables of the body, in order. */
export function bodyBlocks<X>(w: Wml<X>, blocks: readonly Block[], available: number): X[] {
  const out: X[] = [];
  for (const block of blocks) {
    if (block.type === "heading") {
      // The layout decides the case (level-1 "I." titles arrive upper-cased; "1. Mục tiêu" as typed).
      const text = block.text;
      const head = block.marker ? `${block.marker} ${text}` : text;
      // Tail runs carry their own separator and emphasis; a run without a flag keeps the heading's.
      const point = POINT.test(block.marker.trim());
      const outline = isOutlineHeading(block);
      // Out of the outline the head keeps the heading's bold as direct formatting.
      const format: WRunFormat = point ? { bold: false, italics: false } : outline ? {} : { bold: true };
      const tail = block.tail ? layoutRunsXml(w, block.tail, format) : [];
      const style = outline ? (STYLE.heading[block.level - 1] ?? STYLE.heading[3]) : STYLE.lead;
      const keep = outline || (block.tail ?? []).length > 0 ? {} : { keepNext: true };
      out.push(w.paragraph(style, [...w.runs(head, format), ...tail], keep));
    } else if (block.type === "paragraph") {
      const runs = layoutRunsXml(w, block.runs, block.placeholder ? PLACEHOLDER : {});
      const style = ROLE_STYLE[block.role] ?? STYLE.body;
      out.push(w.paragraph(style, runs, block.role === "closing" ? { keepNext: true } : {}));
    } else if (block.type === "table") {
      const table = dataTable(w, block.table, available);
      if (table === undefined) continue;
      if (block.table.caption)
        out.push(w.paragraph(STYLE.center, w.runs(block.table.caption, { bold: true }), { keepNext: true }));
      out.push(table, w.paragraph(STYLE.body, []));
    }
  }
  return out;
}

/**
 * Column widths that fit: the layout's twips when they do, scaled down in proportion when they are
 * wider than the text area; a width that is not a positive number takes an equal share.
 */
export function fitWidths(columns: readonly TableColumn[], available: number): number[] {
  const fallback = Math.floor(available / Math.max(1, columns.length));
  const asked = columns.map((c) =>
    Number.isFinite(c.width) && c.width > 0 ? Math.round(c.width) : fallback,
  );
  const total = asked.reduce((a, b) => a + b, 0);
  if (total <= available) return asked;
  const scaled = asked.map((w) => Math.max(MIN_COLUMN, Math.floor((w * available) / total)));
  const over = scaled.reduce((a, b) => a + b, 0) - available;
  if (over > 0) {
    const widest = scaled.indexOf(Math.max(...scaled));
    scaled[widest] = Math.max(MIN_COLUMN, scaled[widest]! - over);
  }
  return scaled;
}

/** A row with exactly `count` cells: padded with blanks, extra cells joined into the last. */
function fitRow(row: readonly unknown[], count: number): string[] {
  const cells = row.slice(0, count).map((c) => (typeof c === "string" ? c : String(c ?? "")));
  if (row.length > count && count > 0)
    cells[count - 1] = [cells[count - 1], ...row.slice(count).map(String)].join("\n");
  while (cells.length < count) cells.push("");
  return cells;
}

/** A bordered data table: header row repeated on each page, explicit widths in grid and cells. */
export function dataTable<X>(w: Wml<X>, table: LayoutTable, available: number): X | undefined {
  const count = table.columns.length;
  if (count === 0) return undefined;
  const widths = fitWidths(table.columns, available);
  const header: WRow = {
    header: table.repeatHeader,
    cantSplit: true,
    cells: table.columns.map(
      (column): WCell => ({ text: column.title, style: STYLE.cellHead, vCenter: true }),
    ),
  };
  const rows = table.rows.map((row): WRow => {
    const cells = fitRow(row, count);
    return {
      // A short row is kept on one page; a long one may break, or it could not fit any page.
      cantSplit: cells.reduce((n, c) => n + c.length, 0) < SHORT_ROW,
      cells: cells.map((text, i): WCell => {
        const align = table.columns[i]!.align;
        return { text, style: STYLE.cell, ...(align ? { align } : {}) };
      }),
    };
  });
  return w.table(widths, [header, ...rows]);
}
