/** Vietnamese sentences from facts, as a clerk writes them where a section has no narrative. */

export { type AreaAppendixRefs, describeAreaFacts } from "../areas";
export {
  describeAgreement,
  describeAgreements,
  describeAward,
  describeAwards,
  describeConferences,
  describeEvent,
  describeEvents,
  describeLabourMarkets,
  describePartnership,
  describePartnerships,
  describeReporterVisit,
  describeReporterVisits,
} from "./activities";
export { describeAid, describeAidProject, describeInvestmentProject } from "./aid";
export {
  describeGeneralFacts,
  describeNothing,
  describeReportingDuty,
  isBareNone,
} from "./areas";
export {
  describeCitation,
  describeCitations,
  describeIssued,
  describeRanking,
  describeRankings,
} from "./citations";
export {
  DIRECTION_WORDS,
  delegationDays,
  describeDelegation,
  describeDelegations,
  describeDelegationTotals,
  describeDelegationTotalsPair,
  totalsOf,
} from "./delegations";
export { describeIndicator, describeIndicatorPhrase, describeIndicators } from "./indicators";
export {
  comparisonBaseText,
  describeComparison,
  describeMoney,
  describeMoneyFigure,
  describeMoneyFigureClause,
  describeMoneyParts,
  moneyStatusWord,
} from "./money";
export { describeAmount, type SentenceContext, sentenceContext, withCountry } from "./phrase";
