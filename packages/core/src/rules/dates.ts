/** Date rules, attached to schema nodes (see `model/rule-sites.ts`): from ≤ to; dated rows of a report inside its period. */
import type { IsoDate, Period } from "../model/values";
import type { ObjectRule } from "./context";

/** Every object whose schema carries this rule (Period, and the dated rows: delegations, events, aid projects, reporter visits) has from ≤ to. */
export const fromBeforeTo: ObjectRule = {
  visit(o, path, { report }) {
    const { from, to } = o;
    if (typeof from === "string" && typeof to === "string" && from > to)
      report("period.order", [...path, "to"], "error", { from, to });
  },
};

function overlaps(from: IsoDate | undefined, to: IsoDate | undefined, p: Period): boolean {
  const a = from ?? to;
  const b = to ?? from;
  return a === undefined || b === undefined || (b >= p.from && a <= p.to);
}

/** Sections of a report about the next period, not the reported one. */
const AHEAD = new Set<string | number | undefined>(["directions", "outlook"]);

/**
 * The dated rows of a report (delegations, events, aid projects, reporter visits — wherever they
 * are placed in its results) overlap its period; the sections about the next period are not
 * checked. Plans and notices have no such check.
 */
export const factsInsidePeriod: ObjectRule = {
  visit(o, path, { doc, report }) {
    if (doc.kind !== "report" || path[0] !== "body" || AHEAD.has(path[1])) return;
    const period = doc.body.period;
    const from = typeof o.from === "string" ? o.from : undefined;
    const to = typeof o.to === "string" ? o.to : undefined;
    if (!overlaps(from, to, period))
      report("date.outside-period", [...path, from ? "from" : "to"], "error", {
        date: from ?? to,
        from: period.from,
        to: period.to,
      });
  },
};
