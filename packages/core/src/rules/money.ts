/**
 * Money and partial-list rules: the parts of an amount do not add up to more than an exact
 * whole (an error, as for the "trong đó" parts of an indicator: a document cannot state both);
 * an aid list does not have more rows than the exact total it is a part of; the base of a stated
 * comparison has the field its kind needs, and no other.
 */
import { formatAmount } from "../format/numbers";
import type { ObjectRule } from "./context";

interface Amountish {
  amount: number;
  currency: string;
  qualifier?: string;
}

const exact = (q: string | undefined) => q === undefined || q === "exact";

/** Parts in the currency of an exact whole add up to no more than it. */
export const moneyPartsWithinWhole: ObjectRule = {
  visit(o, path, { report }) {
    const whole = o as unknown as Amountish;
    const parts = o.parts as Amountish[] | undefined;
    if (parts === undefined || parts.length === 0 || !exact(whole.qualifier)) return;
    const same = parts.filter((p) => p.currency === whole.currency);
    const sum = same.reduce((s, p) => s + p.amount, 0);
    // Compare in whole hundredths: 0.1 + 0.2 is not above 0.3.
    if (Math.round(sum * 100) > Math.round(whole.amount * 100))
      report("money.parts-exceed", [...path, "parts"], "error", {
        sum: formatAmount({ amount: sum, currency: whole.currency }),
        total: formatAmount({ amount: whole.amount, currency: whole.currency }),
      });
  },
};

/** The aid rows listed are no more than an exact stated number of projects and items. */
export const aidRowsWithinTotal: ObjectRule = {
  visit(o, path, { report }) {
    const rows = o.projects as unknown[] | undefined;
    const total = (o.totals as { count?: { value: number; qualifier?: string } } | undefined)?.count;
    if (rows === undefined || total === undefined || !exact(total.qualifier)) return;
    if (rows.length > total.value)
      report("aid.rows-exceed-total", [...path, "totals", "count"], "error", {
        rows: rows.length,
        total: total.value,
      });
  },
};

/** Which field each kind of comparison base takes. */
const BASE_FIELD = { "same-period": "year", year: "year", period: "period" } as const;

/** A base of a stated comparison: "year" needs its year, "period" its period; the other field is not set. */
export const comparisonBaseComplete: ObjectRule = {
  visit(o, path, { report }) {
    const kind = o.kind as keyof typeof BASE_FIELD;
    const field = BASE_FIELD[kind];
    const other = field === "year" ? "period" : "year";
    if (kind !== "same-period" && o[field] === undefined)
      report("comparison.base", [...path, field], "error", { kind, need: field });
    if (o[other] !== undefined) report("comparison.base", [...path, other], "error", { kind, extra: other });
  },
};
