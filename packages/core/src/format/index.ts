/** Vietnamese formatting under NĐ 30/2020: numbers, money, dates, periods, comparisons, citations. */
export type { CitationFormatOptions, ParsedCitationCode } from "./citations";
export {
  formatCitation,
  formatDocumentNumber,
  isPartySymbol,
  KIND_ABBREVIATIONS,
  NUMBER_BLANK,
  parseCitationCode,
} from "./citations";
export type { CountComparison } from "./comparison";
export { compareCounts, formatComparison } from "./comparison";
export {
  DRAFT_BLANK,
  dayText,
  formatDateLine,
  formatDateLong,
  formatDateShort,
  inclusiveDays,
  isRealDate,
  monthText,
  toDate,
  toIsoDate,
} from "./dates";
export type { MoneyFormatOptions } from "./numbers";
export {
  ALPHA_MARKERS,
  alphaMarker,
  currencyLabel,
  DEFAULT_FRACTION_DIGITS,
  formatAmount,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  MAX_ROMAN,
  padCount,
  QUALIFIER_WORDS,
  romanNumeral,
} from "./numbers";
export { isWithin, nextPeriod, periodLabel, periodLabelEn, spanOf } from "./periods";
