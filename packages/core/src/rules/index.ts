/**
 * The cross-field rules, each a small named function beside the section it checks. They run
 * after the structure is valid, in this order.
 */
import { customAreasResolve, outlineCoversAreas } from "./areas";
import { citationNotAfterDocument } from "./citations";
import type { Rule } from "./context";
import { factsInsidePeriod, fromBeforeTo } from "./dates";
import { daysMatchDates, membersAtLeastOne, totalsMatchRows } from "./delegations";
import { issuedIsComplete, signatureAuthority, symbolMatchesKind } from "./frame";
import { indicatorsWellFormed } from "./indicators";
import { appendixHasRows, tableRowsFit } from "./tables";
import { textPrints } from "./text";

export {
  type DocumentRule,
  makeContext,
  type ObjectRule,
  type Rule,
  type RuleContext,
  runRules,
  splitRules,
} from "./context";

export const RULES: Readonly<Record<string, Rule>> = {
  fromBeforeTo,
  factsInsidePeriod,
  membersAtLeastOne,
  daysMatchDates,
  totalsMatchRows,
  citationNotAfterDocument,
  issuedIsComplete,
  symbolMatchesKind,
  signatureAuthority,
  outlineCoversAreas,
  customAreasResolve,
  indicatorsWellFormed,
  tableRowsFit,
  appendixHasRows,
  textPrints,
};
