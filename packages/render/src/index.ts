/**
 * @doingoai/render — one layout tree built from a core document (`buildLayout`), two writers
 * (DOCX and HTML), and the Vietnamese sentences a clerk writes from facts.
 */

// DOCX
export { DOCX_LIMITS, type DocxLimits, type ReadDocxOptions, readDocx, renderDocx } from "./docx/index";
// HTML
export {
  DOCUMENT_CSS,
  escapeHtml,
  type LayoutToHtmlOptions,
  layoutToHtml,
  PAGE_CSS,
  type RenderHtmlOptions,
  ROOT_CLASS,
  renderHtml,
  renderHtmlFragment,
} from "./html/index";
// Layout
export { type BuildLayoutOptions, buildLayout } from "./layout/build";
export { MOTTO, NATIONAL_TITLE, PARTY_TITLE } from "./layout/frame";
export { MARGIN, PAGE, TEXT_WIDTH } from "./layout/page";
export { PLACEHOLDER_TEXT } from "./layout/tree";
export type {
  AppendixLayout,
  Block,
  HeaderBlock,
  HeadingLevel,
  Layout,
  Run,
  SignatureBlock,
  Table,
  TableColumn,
} from "./layout/types";
// Sentences
export {
  type AreaAppendixRefs,
  DIRECTION_WORDS,
  delegationDays,
  describeAgreement,
  describeAgreements,
  describeAid,
  describeAidProject,
  describeAmount,
  describeAreaFacts,
  describeAward,
  describeAwards,
  describeCitation,
  describeCitations,
  describeComparison,
  describeConferences,
  describeDelegation,
  describeDelegations,
  describeDelegationTotals,
  describeDelegationTotalsPair,
  describeEvent,
  describeEvents,
  describeGeneralFacts,
  describeIndicator,
  describeIndicatorPhrase,
  describeIndicators,
  describeInvestmentProject,
  describeIssued,
  describeLabourMarkets,
  describeMoney,
  describeMoneyFigure,
  describeNothing,
  describePartnership,
  describePartnerships,
  describeRanking,
  describeRankings,
  describeReporterVisit,
  describeReporterVisits,
  describeReportingDuty,
  isBareNone,
  type SentenceContext,
  sentenceContext,
  totalsOf,
  withCountry,
} from "./sentences/index";
