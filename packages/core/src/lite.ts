/**
 * @doingoai/core/lite — everything of @doingoai/core without the English language pack and
 * without generated code (a page's Content-Security-Policy may forbid `new Function`), for
 * browser bundles. It has no side effects. To use English, register it once:
 *
 * ```ts
 * import { registerLanguage } from "@doingoai/core/lite";
 * registerLanguage("en", (await import("@doingoai/core/locales/en")).EN);
 * ```
 */

export { Partner, PartnerLevel } from "./areas/partners";
// A unit's report started from a report request (the form's "Bắt đầu từ công văn đề nghị").
export { reportFromRequest } from "./consolidate/request";
export {
  ALPHA_MARKERS,
  alphaMarker,
  type CitationFormatOptions,
  type CountComparison,
  compareCounts,
  currencyLabel,
  DRAFT_BLANK,
  dayText,
  formatAmount,
  formatCitation,
  formatComparison,
  formatCount,
  formatDateLine,
  formatDateLong,
  formatDateShort,
  formatDocumentNumber,
  formatMoney,
  formatNumber,
  formatPercent,
  inclusiveDays,
  isPartySymbol,
  isRealDate,
  isWithin,
  KIND_ABBREVIATIONS,
  type MoneyFormatOptions,
  monthText,
  NUMBER_BLANK,
  nextPeriod,
  type ParsedCitationCode,
  padCount,
  parseCitationCode,
  periodLabel,
  periodLabelEn,
  QUALIFIER_WORDS,
  romanNumeral,
  spanOf,
  toDate,
  toIsoDate,
} from "./format";
export {
  CUT_OFF_PRESETS,
  type CutOffPreset,
  cutOffPreset,
  provinceDeadline,
} from "./format/cut-off";
export {
  KIND_NAMES,
  type KindAbbreviation,
  kindAbbreviation,
  kindName,
  symbolKind,
} from "./format/kind-names";
export { MODEL_IR } from "./generated/ir";
export { hasLanguage, type Lang, type LanguagePack, languagePack, registerLanguage } from "./i18n";
export {
  areaLabel,
  describePath,
  ENUM_PHRASES,
  type EnumId,
  type EnumValueMap,
  type EnumWords,
  enumLabel,
  type FieldKey,
  type FieldLabel,
  fieldHint,
  fieldLabel,
  fieldLabelIn,
  kindLabel,
  type LabelTable,
  labelTable,
  type PathStep,
} from "./labels";
export {
  ANSWER_STATES,
  type Answer,
  type AnswerState,
  PRINT_CHOICES,
  PrintChoice,
} from "./model/answer";
export { Appendix, AppendixTable } from "./model/appendix";
export { APPENDIX_ROWS } from "./model/appendix-rows";
export {
  AREA_FACTS,
  type AreaFacts,
  type AreaFactsMap,
  AreaId,
  AreaRef,
  Areas,
  CustomArea,
  GeneralFacts,
  SectionAnswer,
} from "./model/areas";
// From the zod-free constants module, so that importing them does not bring the schemas in.
export { AREA_IDS, DOCUMENT_KINDS, SCHEMA_VERSION } from "./model/constants";
export {
  Document,
  type DocumentKind,
  NoticeDocument,
  PlanDocument,
  ReportDocument,
  RequestDocument,
} from "./model/document";
export {
  Agreement,
  AidKind,
  AidProject,
  Award,
  Delegation,
  DelegationTotals,
  Direction,
  Event,
  FreeTable,
  Indicator,
  InvestmentProject,
  MoneyFigure,
  MoneyPart,
  MoneyStatus,
  NamedMoneyFigure,
  Partnership,
  Ranking,
  ReporterVisit,
} from "./model/facts";
export {
  Authority,
  BASIS_VERBS,
  BasisEntry,
  BasisVerb,
  Excerpt,
  Frame,
  IssuingBody,
  Recipients,
  SecondAuthority,
  Signature,
} from "./model/frame";
export {
  INDICATOR_KEYS,
  INDICATORS,
  type IndicatorDef,
  type IndicatorKey,
  isIndicatorKey,
} from "./model/indicators";
export { LIMITS, type Limits } from "./model/limits";
export { MIGRATIONS, type Migration, type MigrationResult, migrate } from "./model/migrate";
export {
  NoticeBody,
  NoticeItem,
  NoticeOutline,
  NoticePart,
  NoticeSubItem,
  WorkingSession,
} from "./model/notice";
export {
  Numbering,
  NumberStyle,
  type OutlinePart,
  PlanItem,
  PlanOutline,
  PlanPart,
  PlanSubItem,
  ReportOutline,
} from "./model/outline";
export { Place, PlaceRelation } from "./model/place";
export { Assignment, PlanBody, PlanContentItem, ReportingDuty } from "./model/plan";
export { Assessment, Recommendation, ReportBody } from "./model/report";
export { ReportClass, RequestBody, RequestedUnit } from "./model/request";
export {
  Amount,
  Citation,
  CitationKind,
  ComparisonBase,
  ComparisonBaseKind,
  ComparisonWording,
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
  StatedComparison,
} from "./model/values";
export { DEFAULT_REPORT_OUTLINE } from "./outline/default";
export { DEFAULT_PLAN_NUMBERING, markerNumber, numberMarker, planOutline } from "./outline/plan";
export { type DocumentRule, type ObjectRule, RULES, type Rule, type RuleContext, runRules } from "./rules";
export {
  areaFactsNode,
  type FactLeaf,
  type FactLeafKind,
  factLeaves,
  irNodeOf,
  type NarrativeText,
  narrativeText,
  numberForms,
  statedIn,
  type UnstatedFact,
  unstatedFacts,
} from "./rules/facts-stated";
export { type ContentAnswer, contentAnswers, factsLeftOut } from "./rules/narrative";
export type { IrNode, ModelIr } from "./schema/ir";
export { SCHEMA_NAMES, type SchemaName, toJsonSchema } from "./schema/json-schema";
export { resolveSchema, schemaId } from "./schema/zod-walk";
export {
  cleanText,
  detectLegacyEncoding,
  hasBidiControl,
  hasLetter,
  hasVisibleText,
  mixedScripts,
  needsCleaning,
  sameName,
  toneKey,
} from "./text";
export {
  cleanDocument,
  finalize,
  type Issue,
  type IssuePath,
  message,
  type RawIssue,
  type Severity,
  type ValidateOptions,
  type ValidationResult,
  validate,
  validateJson,
} from "./validate";
export {
  makeValidator,
  useCheckGenerator,
  type Validator,
  type ValidatorOptions,
} from "./validate/interpret";
export { MESSAGES_VI, type Msg } from "./validate/messages";
