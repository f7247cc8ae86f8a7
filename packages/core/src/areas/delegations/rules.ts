/** Delegation rules: members ≥ 1, days consistent with dates, stated totals equal the rows. */
import { differenceInCalendarDays } from "date-fns";
import type { Delegation, DelegationTotals } from "../../model/facts";
import type { DocumentRule as Rule } from "../../rules/context";

const days = (from: string, to: string) =>
  differenceInCalendarDays(new Date(`${to}T00:00:00Z`), new Date(`${from}T00:00:00Z`)) + 1;

function delegationFacts(ctx: Parameters<Rule>[0]) {
  const { doc } = ctx;
  if (doc.kind !== "report") return undefined;
  const a = doc.body.areas.delegations;
  return a?.answer === "content" ? a.facts : undefined;
}

const ROWS = ["body", "areas", "delegations", "facts", "delegations"];

/** A delegation has at least one member. */
export const membersAtLeastOne: Rule = (ctx) => {
  delegationFacts(ctx)?.delegations?.forEach((d, i) => {
    if (d.members === 0) ctx.report("delegation.members", [...ROWS, i, "members"], "error");
  });
};

/** The stated number of days equals the days from departure to return, both included. */
export const daysMatchDates: Rule = (ctx) => {
  delegationFacts(ctx)?.delegations?.forEach((d, i) => {
    if (d.days === undefined || !d.from || !d.to || d.from > d.to) return;
    const expected = days(d.from, d.to);
    if (expected !== d.days)
      ctx.report("delegation.days", [...ROWS, i, "days"], "error", {
        days: d.days,
        from: d.from,
        to: d.to,
        expected,
      });
  });
};

function sum(rows: Delegation[], f: (d: Delegation) => number | undefined): number | undefined {
  let s = 0;
  for (const r of rows) {
    const v = f(r);
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

/** Exact stated totals (số đoàn, số lượt người, số ngày) equal what the rows add up to. */
export const totalsMatchRows: Rule = (ctx) => {
  const facts = delegationFacts(ctx);
  if (!facts?.delegations?.length || !facts.totals) return;
  for (const dir of ["outbound", "inbound"] as const) {
    const t: DelegationTotals | undefined = facts.totals[dir];
    const rows = facts.delegations.filter((d) => d.direction === dir);
    if (!t || rows.length === 0) continue;
    const path = ["body", "areas", "delegations", "facts", "totals", dir];
    const check = (key: "delegations" | "persons" | "days", computed: number | undefined) => {
      const c = t[key];
      if (!c || computed === undefined || (c.qualifier && c.qualifier !== "exact")) return;
      if (c.value !== computed)
        ctx.report("totals.mismatch", [...path, key, "value"], "error", { stated: c.value, computed });
    };
    check("delegations", rows.length);
    check(
      "persons",
      sum(rows, (d) => d.members),
    );
    check(
      "days",
      sum(rows, (d) => d.days),
    );
  }
};

/** The rules of the delegations area, in the order they run. */
export const rules = { membersAtLeastOne, daysMatchDates, totalsMatchRows };
