/**
 * Totals an area states that its rows can give: the number of outbound delegations, of persons,
 * of days, of aid items, the amounts of aid committed, received, disbursed. The form offers the
 * figure from the rows ("Tổng theo các dòng: 12 — Dùng số này") when the stated total is empty
 * or differs, and never writes it by itself: a report may state a total of more rows than it
 * lists. One table, by the `ObjectId` of the object holding the rows and the total; every stated
 * `Count` or `Money` beside a list of rows is either here or in `NOT_ROW_TOTALS` with the reason
 * (`row-totals-excluded.ts`, not shipped; `row-totals.test.ts` walks the model and fails on one
 * that is in neither).
 */
import { getAt, type Obj } from "./path";
import type { Path } from "./schema";

export interface RowTotal {
  /** The stated total: a `Count` (its `value`) or, with `currency`, a `Money` (its `amount`). */
  total: Path;
  /** The figure from the rows, or undefined when they give none. */
  of(facts: Obj): number | undefined;
  /** A money total: the one currency of the rows' amounts (undefined: no total is offered). */
  currency?(facts: Obj): string | undefined;
}

/**
 * Each list's rows, kept while the list is the same array of the same length (the form edits
 * documents by copy; the length guards a list a portal changed in place).
 */
const rowsOf = new WeakMap<unknown[], { n: number; rows: Obj[] }>();

/**
 * The rows (objects) of the list `key` of the facts. The same list gives the same array: every
 * total of an area reads its rows, at every render of the form (300 rows, six totals).
 */
export const rows = (facts: Obj, key: string): readonly Obj[] => {
  const list = facts[key];
  if (!Array.isArray(list)) return [];
  let r = rowsOf.get(list);
  if (!r || r.n !== list.length) {
    r = { n: list.length, rows: list.filter((x): x is Obj => !!x && typeof x === "object") };
    rowsOf.set(list, r);
  }
  return r.rows;
};

export type Keep = (r: Obj) => boolean;
export const all: Keep = () => true;

/** The number of rows kept (undefined when the list has no row). */
export const count = (key: string, keep: Keep) => (facts: Obj) => {
  const list = rows(facts, key);
  return list.length ? list.filter(keep).length : undefined;
};

/** The sum of `value(row)` over the rows kept, when each of them has one. */
export const sumOf = (key: string, value: (r: Obj) => number | undefined, keep: Keep) => (facts: Obj) => {
  const list = rows(facts, key).filter(keep);
  const values = list.map(value);
  if (!list.length || values.some((v) => v === undefined)) return undefined;
  return (values as number[]).reduce((n, v) => n + v, 0);
};

export const numberAt = (field: string) => (r: Obj) =>
  typeof r[field] === "number" ? (r[field] as number) : undefined;

const DAY = 86_400_000;
/** A row's days: as stated, else counted from its dates, both days included (15/06 to 17/06: 3). */
export function daysOf(r: Obj): number | undefined {
  if (typeof r.days === "number") return r.days;
  const iso = (v: unknown) =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
  const from = iso(r.from);
  const to = iso(r.to);
  return Number.isFinite(from) && Number.isFinite(to) && to >= from
    ? Math.round((to - from) / DAY) + 1
    : undefined;
}

/**
 * Amounts of money the rows give for one status: each row's amount `at` (a `Money`), added only
 * when every row has one, exact (no "khoảng", "trên"), all in one currency. Amounts of different
 * statuses are never added: each total reads the rows' amount of its own status.
 */
function moneyOf(key: string, at: (r: Obj) => unknown[] | undefined): Pick<RowTotal, "of" | "currency"> {
  const amounts = (facts: Obj): Obj[] | undefined => {
    const list = rows(facts, key);
    if (!list.length) return undefined;
    const out: Obj[] = [];
    for (const r of list) {
      const ms = at(r);
      if (ms === undefined) return undefined;
      for (const m of ms) {
        if (!m || typeof m !== "object") return undefined;
        const o = m as Obj;
        if (typeof o.amount !== "number" || typeof o.currency !== "string") return undefined;
        if (o.qualifier !== undefined && o.qualifier !== "exact") return undefined;
        out.push(o);
      }
    }
    return out.length && out.every((o) => o.currency === out[0]!.currency) ? out : undefined;
  };
  return {
    of: (facts) => amounts(facts)?.reduce((n, o) => n + (o.amount as number), 0),
    currency: (facts) => amounts(facts)?.[0]?.currency as string | undefined,
  };
}

/** A row's own amount of one status (`committed`, `received`, `disbursed`). */
const amountAt = (field: string) => (r: Obj) => (r[field] === undefined ? undefined : [r[field]]);
/** The estimated values of a row's aid in kind (none: nothing in kind, counted as nothing). */
const inKindValues = (r: Obj) => {
  const items = Array.isArray(r.inKind) ? (r.inKind as unknown[]) : [];
  const values = items.map((i) => (i && typeof i === "object" ? (i as Obj).estimatedValue : undefined));
  return values.some((v) => v === undefined) ? undefined : values;
};

export const direction = (d: string) => (r: Obj) => r.direction === d;
export const kind = (k: string) => (r: Obj) => r.kind === k;
/** Counts by a row's kind are offered only when every row says its kind. */
export const countByKind = (key: string, k: string) => (facts: Obj) =>
  rows(facts, key).every((r) => typeof r.kind === "string") ? count(key, kind(k))(facts) : undefined;

/** The figures of one direction of delegations: number, persons (members), days. */
const delegationTotals = (
  where: "outbound" | "inbound" | "exchanged",
  keep: Keep,
  when: (f: Obj) => boolean,
) =>
  [
    { key: "delegations", of: count("delegations", keep) },
    { key: "persons", of: sumOf("delegations", numberAt("members"), keep) },
    { key: "days", of: sumOf("delegations", daysOf, keep) },
  ].map(({ key, of }) => ({
    total: ["totals", where, key],
    of: (f: Obj) => (when(f) ? of(f) : undefined),
  }));

const always = () => true;
/** "trao đổi 87 đoàn": offered once the clerk states it (beside the split it would be noise). */
const exchangedStated = (f: Obj) => {
  const ex = getAt(f, ["totals", "exchanged"]);
  return (
    !!ex && typeof ex === "object" && Object.values(ex as Obj).some((c) => getAt(c, ["value"]) !== undefined)
  );
};
/** The rows of aid are a few notable ones ("trong đó tiêu biểu"): they give no total. */
const allAid = (f: Obj) => f.listing !== "notable";
const aid = (of: (f: Obj) => number | undefined) => (f: Obj) => (allAid(f) ? of(f) : undefined);
const aidMoney = (m: Pick<RowTotal, "of" | "currency">) => ({
  of: aid(m.of),
  currency: (f: Obj) => (allAid(f) ? m.currency?.(f) : undefined),
});

export const ROW_TOTALS: Readonly<Record<string, readonly RowTotal[]>> = {
  DelegationFacts: [
    ...delegationTotals("outbound", direction("outbound"), always),
    ...delegationTotals("inbound", direction("inbound"), always),
    ...delegationTotals("exchanged", all, exchangedStated),
  ],
  NgoAidFacts: [
    { total: ["totals", "count"], of: aid(count("projects", all)) },
    { total: ["totals", "projects"], of: aid(countByKind("projects", "project")) },
    { total: ["totals", "nonProject"], of: aid(countByKind("projects", "non-project")) },
    { total: ["totals", "committed"], ...aidMoney(moneyOf("projects", amountAt("committed"))) },
    { total: ["totals", "received"], ...aidMoney(moneyOf("projects", amountAt("received"))) },
    { total: ["totals", "disbursed"], ...aidMoney(moneyOf("projects", amountAt("disbursed"))) },
    { total: ["totals", "inKind"], ...aidMoney(moneyOf("projects", inKindValues)) },
  ],
};
