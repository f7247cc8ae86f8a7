/**
 * The named refinements the model uses. The model IR refers to them by name (zod functions
 * cannot be serialised), so every `.refine` of the model must use a function from here.
 */
import type { IssueCode } from "../validate/messages-vi";

/** Whether a `YYYY-MM-DD` (or partial `YYYY-MM`, `YYYY`) string names a day that exists. */
export function existingDay(s: string): boolean {
  if (s.length < 10) return true;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const dim =
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31;
  return d <= dim;
}

/** Refinement name → function, and the issue code each reports. */
export const REFINEMENTS: Readonly<Record<string, (s: string) => boolean>> = { existingDay };
export const REFINEMENT_CODES: Readonly<Record<string, IssueCode>> = { existingDay: "date.impossible" };
