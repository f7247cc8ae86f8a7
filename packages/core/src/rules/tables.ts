/** Table rules: each row of a free table has as many cells as the table has columns. */
import type { Appendix } from "../model/appendix";
import type { DocumentRule, ObjectRule } from "./context";

export const tableRowsFit: ObjectRule = {
  visit(o, path, { report }) {
    if (!Array.isArray(o.columns) || !Array.isArray(o.rows)) return;
    const columns = o.columns.length;
    (o.rows as unknown[][]).forEach((row, i) => {
      if (row.length !== columns)
        report("table.row-width", [...path, "rows", i], "error", { cells: row.length, columns });
    });
  },
};

/** The rows a typed appendix takes from the document's facts (a free table carries its own). */
function appendixRows(doc: Parameters<DocumentRule>[0]["doc"], table: Appendix["table"]): number | undefined {
  if (table.type === "free") return undefined;
  if (doc.kind !== "report") return 0;
  const {
    delegations,
    "ngo-aid": aid,
    "international-agreements": ag,
    "international-conferences": conf,
  } = doc.body.areas;
  switch (table.type) {
    case "delegations":
      return delegations?.answer === "content"
        ? (delegations.facts?.delegations ?? []).filter((x) => x.direction === table.direction).length
        : 0;
    case "ngo-aid":
      return aid?.answer === "content" ? (aid.facts?.projects?.length ?? 0) : 0;
    case "agreements":
      return ag?.answer === "content" ? (ag.facts?.agreements?.length ?? 0) : 0;
    case "conferences":
      return conf?.answer === "content" ? (conf.facts?.conferences?.length ?? 0) : 0;
  }
}

/** An appendix built from facts has rows to show. */
export const appendixHasRows: DocumentRule = ({ doc, report }) => {
  doc.appendices?.forEach((a, i) => {
    if (appendixRows(doc, a.table) === 0) report("appendix.no-rows", ["appendices", i, "table"], "warning");
  });
};
