/** Citation rules: a cited text dated after the document itself is suspicious (a warning). */
import { CITATION_KEYS, eachObject, type Rule } from "./context";

/** The last day a partial document date can stand for ("2024-05" → "2024-05-31"). */
function latest(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) return `${date}-31`;
  return `${date}-12-31`;
}

export const citationNotAfterDocument: Rule = ({ doc, report }) => {
  const docDate = doc.frame.date;
  if (!docDate) return;
  const limit = latest(docDate);
  eachObject(doc, (o, path, key) => {
    if (typeof key !== "string" || !CITATION_KEYS.has(key)) return;
    if (typeof o.date === "string" && o.date > limit)
      report("citation.after-document", [...path, "date"], "warning", {
        date: o.date,
        documentDate: docDate,
      });
  });
};
