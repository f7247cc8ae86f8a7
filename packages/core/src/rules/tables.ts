/** Table rules: each row of a free table has as many cells as the table has columns. */
import type { DocumentRule, ObjectRule } from "./context";

export const tableRowsFit: ObjectRule = {
  visit(o, path, key, { report }) {
    if (key !== "table" || !Array.isArray(o.columns) || !Array.isArray(o.rows)) return;
    const columns = o.columns.length;
    (o.rows as unknown[][]).forEach((row, i) => {
      if (row.length !== columns)
        report("table.row-width", [...path, "rows", i], "error", { cells: row.length, columns });
    });
  },
};

/** An appendix built from facts has rows to show. */
export const appendixHasRows: DocumentRule = ({ doc, report }) => {
  doc.appendices?.forEach((a, i) => {
    if (a.table.type !== "delegations" || doc.kind !== "report") return;
    const d = doc.body.areas.delegations;
    const dir = a.table.direction;
    const rows =
      d?.answer === "content" ? (d.facts?.delegations ?? []).filter((x) => x.direction === dir) : [];
    if (rows.length === 0) report("appendix.no-rows", ["appendices", i, "table"], "warning");
  });
};
