/**
 * Appendices (phụ lục): "Phụ lục" (or "Phụ lục I, II…" when there are two or more), the title in
 * capitals, "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)", the table. Tables of typed
 * facts take their rows from the document's own facts (one source of truth), through the area
 * that owns them (`../areas`).
 */
import {
  type Appendix,
  type AreaId,
  type Document,
  formatDateLine,
  formatDocumentNumber,
  romanNumeral,
} from "@doingoai/core";
import { type AreaAppendixRefs, areaAppendixRefs, typedAppendixTable } from "../areas";
import { kindWord } from "./frame";
import { TEXT_WIDTH } from "./page";
import { freeTable } from "./tables";
import { bodyName, upper } from "./text";
import type { AppendixLayout, Table } from "./types";

/** The end of an appendix, as of the document itself (NĐ 30): both writers close each appendix with it. */
export const APPENDIX_END = "./.";

/**
 * "(Kèm theo Báo cáo số       /BC-STTTT ngày       tháng 10 năm 2019 của Sở Thông tin và Truyền
 * thông)" — blanks kept where the draft has no number or day.
 */
export function attachedTo(doc: Document): string {
  const number = formatDocumentNumber(doc.frame.number ?? null, doc.frame.symbol).slice("Số: ".length);
  const date = formatDateLine("", doc.frame.date);
  return `(Kèm theo ${kindWord(doc)} số ${number} ${date} của ${bodyName(doc.frame.issuingBody.name)})`;
}

/** The table of an appendix, at the text width of its page. */
export function appendixTable(doc: Document, appendix: Appendix, width: number): Table {
  const t = appendix.table;
  return t.type === "free"
    ? freeTable(t.table, width)
    : typedAppendixTable(doc.kind === "report" ? doc.body.areas : undefined, t, width);
}

/** A wide table (typed tables, and free tables of more than five columns) takes a landscape page. */
function isLandscape(appendix: Appendix): boolean {
  const t = appendix.table;
  return t.type !== "free" || Math.max(t.table.columns.length, ...t.table.rows.map((r) => r.length)) > 5;
}

/** "Phụ lục", or "Phụ lục I", "Phụ lục II"… when the document has two or more (NĐ 30, Phụ lục I §III.1a). */
export function appendixLabel(index: number, count: number): string {
  return count >= 2 ? `Phụ lục ${romanNumeral(index + 1)}` : "Phụ lục";
}

/**
 * The references the body makes to the appendices built from its facts, by area (NĐ 30, Phụ lục
 * I §III.1a: the text points to each appendix): "(Chi tiết tại Phụ lục kèm theo)", "(Chi tiết
 * tại Phụ lục II kèm theo)".
 */
export function appendixRefs(doc: Document): Partial<Record<AreaId, AreaAppendixRefs>> {
  const list = doc.appendices ?? [];
  return areaAppendixRefs(list, (i) => appendixLabel(i, list.length));
}

/** The appendices of a document in their layout. */
export function appendixLayouts(doc: Document): AppendixLayout[] {
  const list = doc.appendices ?? [];
  const attached = list.length > 0 ? attachedTo(doc) : "";
  return list.map((appendix, i) => {
    const landscape = isLandscape(appendix);
    const subtitle = appendix.subtitle?.trim();
    return {
      label: appendixLabel(i, list.length),
      title: upper(appendix.title.trim()),
      attachedTo: subtitle !== undefined && subtitle !== "" ? subtitle : attached,
      table: appendixTable(doc, appendix, landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait),
      ...(appendix.note === undefined ? {} : { note: appendix.note }),
      landscape,
    };
  });
}
