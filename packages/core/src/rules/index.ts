/**
 * The cross-field rules, each a small named function beside the section it checks. They run
 * after the structure is valid, in this order.
 */
import { AREA_RULES } from "../areas/rules";
import { MODEL_IR } from "../generated/ir";
import { customAreasResolve, outlineCoversAreas } from "./areas";
import { citationNotAfterDocument } from "./citations";
import { type ObjectRule, type Rule, type RuleContext, splitRules } from "./context";
import { factsInsidePeriod, fromBeforeTo } from "./dates";
import { issuedIsComplete, signatureAuthority, symbolMatchesKind } from "./frame";
import { indicatorsWellFormed } from "./indicators";
import { aidRowsWithinTotal, comparisonBaseComplete, moneyPartsWithinWhole } from "./money";
import type { ObjectRuleName } from "./names";
import { narrativeLeavesOutFacts } from "./narrative";
import { spanFitsDates } from "./period-span";
import { requestConsistent } from "./request";
import { appendixHasRows, tableRowsFit } from "./tables";
import { textPrints } from "./text";
import {
  archiveVtFirst,
  issuingBodyInFull,
  secondAuthorityUnderTm,
  signedAndArchived,
  subjectNotKind,
} from "./vanthu";
import { runObjectRules } from "./walk";

export {
  type DocumentRule,
  makeContext,
  type ObjectRule,
  type Rule,
  type RuleContext,
  splitRules,
} from "./context";
export { OBJECT_RULE_NAMES, type ObjectRuleName } from "./names";
export { runObjectRules } from "./walk";

export const RULES: Readonly<Record<string, Rule>> = {
  fromBeforeTo,
  spanFitsDates,
  factsInsidePeriod,
  ...AREA_RULES.delegations,
  citationNotAfterDocument,
  issuedIsComplete,
  symbolMatchesKind,
  signatureAuthority,
  outlineCoversAreas,
  customAreasResolve,
  indicatorsWellFormed,
  tableRowsFit,
  moneyPartsWithinWhole,
  aidRowsWithinTotal,
  comparisonBaseComplete,
  appendixHasRows,
  textPrints,
  narrativeLeavesOutFacts,
  issuingBodyInFull,
  subjectNotKind,
  archiveVtFirst,
  signedAndArchived,
  secondAuthorityUnderTm,
  requestConsistent,
};

/** The rules attached to schema nodes, by the name the model IR carries (typed from `OBJECT_RULE_NAMES`). */
export const OBJECT_RULES = {
  fromBeforeTo,
  factsInsidePeriod,
  citationNotAfterDocument,
  indicatorsWellFormed,
  tableRowsFit,
  spanFitsDates,
  moneyPartsWithinWhole,
  aidRowsWithinTotal,
  comparisonBaseComplete,
} as const satisfies Record<ObjectRuleName, ObjectRule>;

/** Run rules: document rules one by one, then the object rules in one walk along the model IR. */
export function runRules(rules: Readonly<Record<string, Rule>>, ctx: RuleContext): void {
  const { documentRules, objectRules } = splitRules(rules);
  for (const r of documentRules) r(ctx);
  runObjectRules(MODEL_IR, "Document", ctx.doc, objectRules, ctx);
}
