/**
 * Totals an area states that its rows can give: the number of outbound delegations, of persons,
 * of aid projects. The form offers the figure from the rows ("Tổng theo các dòng: 12 — Dùng số
 * này") when the stated total is empty or differs, and never writes it by itself: a report may
 * state a total of more rows than it lists. One table, by the `ObjectId` of the area's facts.
 */
import type { Obj } from "./path";
import type { Path } from "./schema";

export interface RowTotal {
  /** The stated total (a `Count`), from the facts object. */
  total: Path;
  /** The figure from the rows, or undefined when they give none. */
  of(facts: Obj): number | undefined;
}

const rows = (facts: Obj, key: string): Obj[] =>
  Array.isArray(facts[key])
    ? (facts[key] as unknown[]).filter((r): r is Obj => !!r && typeof r === "object")
    : [];

const count = (key: string, keep: (r: Obj) => boolean) => (facts: Obj) => {
  const list = rows(facts, key);
  return list.length ? list.filter(keep).length : undefined;
};

/** The sum of `field` over the rows kept, when each of them has it. */
const sum = (key: string, field: string, keep: (r: Obj) => boolean) => (facts: Obj) => {
  const list = rows(facts, key).filter(keep);
  if (!list.length || !list.every((r) => typeof r[field] === "number")) return undefined;
  return list.reduce((n, r) => n + (r[field] as number), 0);
};

const direction = (d: string) => (r: Obj) => r.direction === d;

export const ROW_TOTALS: Readonly<Record<string, readonly RowTotal[]>> = {
  DelegationFacts: [
    { total: ["totals", "outbound", "delegations"], of: count("delegations", direction("outbound")) },
    { total: ["totals", "outbound", "persons"], of: sum("delegations", "members", direction("outbound")) },
    { total: ["totals", "inbound", "delegations"], of: count("delegations", direction("inbound")) },
    { total: ["totals", "inbound", "persons"], of: sum("delegations", "members", direction("inbound")) },
  ],
  NgoAidFacts: [{ total: ["totals", "count"], of: count("projects", () => true) }],
};
