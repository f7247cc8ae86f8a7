/**
 * Appendices (phụ lục): "Phụ lục" (or "Phụ lục I, II…" when there are two or more), the title in
 * capitals, "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)", the table. Tables of typed
 * facts take their rows from the document's own facts (one source of truth).
 */
import {
  type Appendix,
  type Document,
  formatDateLine,
  formatDocumentNumber,
  romanNumeral,
} from "@doingoai/core";
import type { AgreementFacts, ConferenceFacts, DelegationFacts, NgoAidFacts } from "../sentences/facts";
import { kindWord } from "./frame";
import { TEXT_WIDTH } from "./page";
import { agreementTable, aidTable, conferenceTable, delegationTable, freeTable } from "./tables";
import { bodyName, upper } from "./text";
import type { AppendixLayout, Table } from "./types";

/**
 * "(Kèm theo Báo cáo số       /BC-STTTT ngày       tháng 10 năm 2019 của Sở Thông tin và Truyền
 * thông)" — blanks kept where the draft has no number or day.
 */
export function attachedTo(doc: Document): string {
  const number = formatDocumentNumber(doc.frame.number ?? null, doc.frame.symbol).slice("Số: ".length);
  const date = formatDateLine("", doc.frame.date);
  return `(Kèm theo ${kindWord(doc)} số ${number} ${date} của ${bodyName(doc.frame.issuingBody.name)})`;
}

function reportFacts<T>(
  doc: Document,
  area: "delegations" | "ngo-aid" | "international-agreements" | "international-conferences",
): T | undefined {
  if (doc.kind !== "report") return undefined;
  const answer = doc.body.areas[area];
  return answer !== undefined && answer.answer === "content" ? (answer.facts as T | undefined) : undefined;
}

/** The table of an appendix, at the text width of its page. */
export function appendixTable(doc: Document, appendix: Appendix, width: number): Table {
  const t = appendix.table;
  switch (t.type) {
    case "delegations":
      return delegationTable(
        reportFacts<DelegationFacts>(doc, "delegations")?.delegations ?? [],
        t.direction,
        width,
      );
    case "ngo-aid":
      return aidTable(reportFacts<NgoAidFacts>(doc, "ngo-aid")?.projects ?? [], width);
    case "agreements":
      return agreementTable(
        reportFacts<AgreementFacts>(doc, "international-agreements")?.agreements ?? [],
        width,
      );
    case "conferences":
      return conferenceTable(
        reportFacts<ConferenceFacts>(doc, "international-conferences")?.conferences ?? [],
        width,
      );
    case "free":
      return freeTable(t.table, width);
  }
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

/** Where the body refers to an appendix built from its facts: the delegations of one direction, or a whole area. */
export interface AppendixRefs {
  outbound?: string;
  inbound?: string;
  /** By area: "ngo-aid", "international-agreements", "international-conferences". */
  areas: Partial<Record<"ngo-aid" | "international-agreements" | "international-conferences", string>>;
}

/**
 * The references the body makes to the appendices built from its facts (NĐ 30, Phụ lục I §III.1a:
 * the text points to each appendix): "(Chi tiết tại Phụ lục kèm theo)", "(Chi tiết tại Phụ lục II
 * kèm theo)". Free tables have no section of their own to refer from.
 */
export function appendixRefs(doc: Document): AppendixRefs {
  const list = doc.appendices ?? [];
  const refs: AppendixRefs = { areas: {} };
  const ref = (i: number) => `(Chi tiết tại ${appendixLabel(i, list.length)} kèm theo)`;
  list.forEach((a, i) => {
    const t = a.table;
    if (t.type === "delegations") refs[t.direction] ??= ref(i);
    else if (t.type === "ngo-aid") refs.areas["ngo-aid"] ??= ref(i);
    else if (t.type === "agreements") refs.areas["international-agreements"] ??= ref(i);
    else if (t.type === "conferences") refs.areas["international-conferences"] ??= ref(i);
  });
  return refs;
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
