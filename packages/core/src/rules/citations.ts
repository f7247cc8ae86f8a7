/** Citation rules: a cited text dated after the document itself is suspicious (a warning). */
import type { ObjectRule } from "./context";

/** The last day a partial document date can stand for ("2024-05" → "2024-05-31"). */
function latest(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) return `${date}-31`;
  return `${date}-12-31`;
}

/** Attached to `Citation`: a cited text dated after the document's own date (a warning). */
export const citationNotAfterDocument: ObjectRule = {
  visit(o, path, { doc, report }) {
    const docDate = doc.frame.date;
    if (!docDate || typeof o.date !== "string" || o.date <= latest(docDate)) return;
    report("citation.after-document", [...path, "date"], "warning", { date: o.date, documentDate: docDate });
  },
};
