/**
 * A period's `span` agrees with its dates: "year" on five years of dates, or "h1" on three
 * months, would print a label that the dates contradict ("năm 2015" for 2011–2015).
 */
import type { ObjectRule } from "./context";

/** The months each nominal span stands for; "months" and "custom" take any length. */
const SPAN_MONTHS: Readonly<Record<string, number>> = {
  h1: 6,
  h2: 6,
  year: 12,
  q1: 3,
  q2: 3,
  q3: 3,
  q4: 3,
  "9m": 9,
};

/** Whole days from one ISO date to the next, both counted. */
function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The dates of a period with a span cover that span's months, give or take one month (data
 * cut-off dates such as 15/12 – 14/6 shift a half-year; they do not lengthen it).
 */
export const spanFitsDates: ObjectRule = {
  visit(o, path, { report }) {
    const { from, to, span } = o;
    if (typeof from !== "string" || typeof to !== "string" || typeof span !== "string") return;
    if (from.length !== 10 || to.length !== 10 || from > to) return;
    const nominal = SPAN_MONTHS[span];
    if (nominal === undefined) return;
    const months = Math.round(days(from, to) / 30.44);
    if (Math.abs(months - nominal) > 1)
      report("period.span-dates", [...path, "span"], "error", { span, months, nominal });
  },
};
