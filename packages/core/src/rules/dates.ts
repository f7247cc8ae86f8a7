/** Date rules: from ≤ to everywhere; dated facts of a report inside its period. */
import type { IsoDate, Period } from "../model/values";
import type { ObjectRule } from "./context";

const ISO = /^\d{4}-\d\d-\d\d$/;

/** Keys of report facts whose dated rows must fall in the period. */
const DATED_ROWS = new Set([
  "delegations",
  "conferences",
  "projects",
  "reporterVisits",
  "events",
  "trainings",
]);

/** The keys under which the model holds objects with `from` and `to` dates (one walk visits all). */
const FROM_TO_KEYS = new Set(["period", "directionsPeriod", ...DATED_ROWS]);

/** Every object with `from` and `to` dates (periods, delegations, events, projects) has from ≤ to. */
export const fromBeforeTo: ObjectRule = {
  visit(o, path, key, { report }) {
    if (typeof key !== "string" || !FROM_TO_KEYS.has(key)) return;
    const { from, to } = o;
    if (typeof from === "string" && typeof to === "string" && ISO.test(from) && ISO.test(to) && from > to)
      report("period.order", [...path, "to"], "error", { from, to });
  },
};

function overlaps(from: IsoDate | undefined, to: IsoDate | undefined, p: Period): boolean {
  const a = from ?? to;
  const b = to ?? from;
  return a === undefined || b === undefined || (b >= p.from && a <= p.to);
}

/** The dated facts of a report's areas (delegations, events, projects…) overlap its period. */
export const factsInsidePeriod: ObjectRule = {
  visit(o, path, key, { doc, report }) {
    if (typeof key !== "string" || !DATED_ROWS.has(key) || doc.kind !== "report") return;
    if (path[0] !== "body" || path[1] !== "areas") return;
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
