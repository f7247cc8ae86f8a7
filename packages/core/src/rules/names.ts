/**
 * The names of the rules that are attached to schema nodes (`withRules` in `model/rule-sites.ts`).
 * The model IR carries these names on the object nodes they are attached to; `OBJECT_RULES`
 * (`rules/index.ts`) maps each name to its function and is typed from this list, so a name
 * without a function (or a function without a name) is a type error.
 */
export const OBJECT_RULE_NAMES = [
  "fromBeforeTo",
  "factsInsidePeriod",
  "citationNotAfterDocument",
  "indicatorsWellFormed",
  "tableRowsFit",
  "spanFitsDates",
  "moneyPartsWithinWhole",
  "aidRowsWithinTotal",
  "comparisonBaseComplete",
] as const;
export type ObjectRuleName = (typeof OBJECT_RULE_NAMES)[number];
