/**
 * @doingoai/core — the domain model of foreign-affairs work documents (công tác đối ngoại)
 * under Nghị định 30/2020: schemas, validation, labels, Vietnamese formatting, JSON Schema.
 */
export { ANSWER_STATES, type Answer, type AnswerState } from "./model/answer";
export {
  AREA_FACTS,
  AREA_IDS,
  AreaId,
  AreaRef,
  Areas,
  CustomArea,
  GeneralFacts,
  SectionAnswer,
} from "./model/areas";
export {
  AidProject,
  Agreement,
  Award,
  Delegation,
  DelegationTotals,
  Direction,
  Event,
  FreeTable,
  Indicator,
  InvestmentProject,
  Partnership,
  Ranking,
  ReporterVisit,
} from "./model/facts";
export { Appendix, AppendixTable } from "./model/appendix";
export {
  DOCUMENT_KINDS,
  Document,
  type DocumentKind,
  NoticeDocument,
  PlanDocument,
  ReportDocument,
  SCHEMA_VERSION,
} from "./model/document";
export { Authority, BasisEntry, Frame, IssuingBody, Recipients, Signature } from "./model/frame";
export { INDICATOR_KEYS, INDICATORS, type IndicatorDef, type IndicatorKey, isIndicatorKey } from "./model/indicators";
export { Assignment, PlanBody, PlanContentItem, ReportingDuty } from "./model/plan";
export { NoticeBody, NoticeItem, NoticeSubItem, WorkingSession } from "./model/notice";
export { type OutlinePart, ReportOutline } from "./model/outline";
export { Assessment, Recommendation, ReportBody } from "./model/report";
export {
  Amount,
  Citation,
  CitationKind,
  Count,
  InKind,
  IsoDate,
  Money,
  Narrative,
  PartialDate,
  Period,
  PeriodSpan,
  Person,
  Qualifier,
} from "./model/values";
export { DEFAULT_REPORT_OUTLINE } from "./outline/default";
