/**
 * The cross-field rules, each a small named function beside the section it checks. They run
 * after the structure is valid, in this order.
 */
import { AREA_RULES } from "../areas/rules";
import { customAreasResolve, outlineCoversAreas } from "./areas";
import { citationNotAfterDocument } from "./citations";
import type { Rule } from "./context";
import { factsInsidePeriod, fromBeforeTo } from "./dates";
import { issuedIsComplete, signatureAuthority, symbolMatchesKind } from "./frame";
import { indicatorsWellFormed } from "./indicators";
import { appendixHasRows, tableRowsFit } from "./tables";

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
  ...AREA_RULES.delegations,
  citationNotAfterDocument,
  issuedIsComplete,
  symbolMatchesKind,
  signatureAuthority,
  outlineCoversAreas,
  customAreasResolve,
  indicatorsWellFormed,
  tableRowsFit,
  appendixHasRows,
};
