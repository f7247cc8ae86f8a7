/**
 * Types of consolidation (tổng hợp): the reporting units as data, the request the receiving body
 * sent, the reports it received, and what `consolidate` gives back — a report document of the same
 * model and a record that traces every figure to the unit documents and paths it came from.
 */
import type { Lang } from "../i18n";
import type { ReportDocument } from "../model/document";
import type { Frame } from "../model/frame";
import type { IsoDate, Period, Qualifier } from "../model/values";
import type { Issue, IssuePath } from "../validate/issues";

/**
 * Level of a reporting unit. Since 1 July 2025 local government has two levels (province and
 * commune, ward or special zone); provincial departments (Sở …) and other bodies report too. Any
 * other string is allowed: the hierarchy is data, never a fixed commune → district → province chain.
 */
export type UnitLevel = "province" | "commune" | "ward" | "special-zone" | "department" | (string & {});

/** A reporting unit (đơn vị báo cáo). */
export interface Unit {
  /** Stable id, unique in the list ("xa-tien-yen", "so-ngoai-vu"). */
  id: string;
  /** Name as written in running text ("Xã Tiên Yên", "Sở Ngoại vụ"). */
  name: string;
  level: UnitLevel;
  /** Id of the unit above it; absent for the root (the province). */
  parent?: string;
  /**
   * Other names the unit's documents carry as issuing body ("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN" is
   * matched without this; an old name after a merger is not).
   */
  aliases?: string[];
}

/**
 * The receiving body's request for reports, as a plain typed input until report requests become a
 * document kind of the model: the period, the deadline and the units expected to answer.
 */
export interface ReportRequest {
  period: Period;
  /** Last day a report counts as on time (inclusive). */
  deadline?: IsoDate;
  /** Unit ids expected to answer; by default every unit below the receiving unit. */
  expected?: string[];
}

/** A report as received: the document, and what the inbox knows about it. */
export interface ReportSubmission {
  document: ReportDocument;
  /** The unit that sent it; by default found from the document's issuing body. */
  unit?: string;
  /** When it was received (`YYYY-MM-DD` or a date-time); see `SubmissionDateSource`. */
  submittedAt?: string;
  /** A label of the source (file name); by default the document's `id`, else `#<index>`. */
  source?: string;
}

/** A report document alone, or with what the inbox knows about it. */
export type ReportInput = ReportDocument | ReportSubmission;

export interface ConsolidateOptions {
  units: readonly Unit[];
  request?: ReportRequest;
  /** The previous consolidated report (cùng kỳ), for the comparison. */
  previous?: ReportDocument;
  /** Id of the receiving unit; by default the one unit without a parent. */
  receiver?: string;
  /** Frame of the consolidated report; missing parts come from `previous`, then from defaults. */
  frame?: Partial<Frame>;
  /** `id` of the consolidated document. */
  id?: string;
  /** Language of the issues' messages; Vietnamese by default. */
  lang?: Lang;
}

/** A place in a source: the report (by its source label, or "previous") and the JSON path in it. */
export interface ProvenanceSource {
  /** Unit id (absent for the previous consolidated report). */
  unit?: string;
  /** Source label of the report (`ReceivedReport.source`), or `"previous"`. */
  report: string;
  path: IssuePath;
  /**
   * `1`: the source counts as one (a row counted); absent: the number at `path` is added.
   * `0`: listed but not added (the same delegation reported by a second unit).
   */
  weight?: 0 | 1;
}

/**
 * Where a figure of the consolidated document came from: its value is the sum over `sources` of
 * the number at each source path (or the source's `weight` when it has one).
 */
export interface Provenance {
  /** Path of the figure in the consolidated document. */
  path: IssuePath;
  sources: ProvenanceSource[];
}

/** Where the submission date of a report came from. */
export type SubmissionDateSource = "input" | "digital-signature" | "issue-date";

/** One report received. */
export interface ReceivedReport {
  source: string;
  index: number;
  unit?: string;
  submittedAt?: string;
  submittedAtFrom?: SubmissionDateSource;
  /** Whether its figures are in the consolidation. */
  used: boolean;
  /** Codes of the issues that kept it out. */
  excludedFor?: string[];
}

export type ReportingState = "on-time" | "late" | "submitted" | "missing" | "excluded";

/** Reporting status of one unit (DHIS2's expected / actual / on time, with the reasons). */
export interface UnitStatus {
  unit: string;
  name: string;
  level: UnitLevel;
  expected: boolean;
  /**
   * `on-time` / `late` by the request's deadline; `submitted` when there is no deadline or no
   * submission date; `missing`: no report; `excluded`: reports came but none could be used.
   */
  state: ReportingState;
  report?: string;
  submittedAt?: string;
}

export interface ReportingStatus {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  /** Submitted, but no deadline or no submission date to judge. */
  undated: number;
  missing: number;
  excluded: number;
  units: UnitStatus[];
}

/** A summed figure of the record. */
export interface SummedFigure {
  /** Where it is in the consolidated document, when it is there. */
  path?: IssuePath;
  value: number;
  qualifier?: Qualifier;
  unit?: string;
  sources: ProvenanceSource[];
  /** Units that contributed without stating this figure: the value is then a lower bound. */
  incomplete?: string[];
}

/** A count (indicator) summed over units. */
export interface SummedCount extends SummedFigure {
  key?: string;
  label?: string;
}

/** Money summed per meaning (the fact key, and the status when the model has one) and currency. */
export interface SummedMoney extends SummedFigure {
  meaning: string;
  currency: string;
}

/**
 * Why a stated figure is not summed:
 * - `percentage`, `rate`: a stated percentage or rate per week;
 * - `stated-comparison`: a comparison the unit states ("tăng 7,15% so với cùng kỳ"; a range, a
 *   base) — its count or amount may be summed, the percentage never is;
 * - `money-parts`: the parts of an amount ("trong đó: xuất khẩu …") — the whole may be summed;
 * - `other-period`: a figure of another period than the report's (a cumulative amount);
 * - `partial-list`: the unit lists notable aid rows only (`listing: "notable"`) and states no total
 *   of this amount: its rows are not a total, so the consolidated total is a lower bound;
 * - `mixed-status`: amounts of one figure stated with different statuses (committed, received…)
 *   by different units — never added together.
 */
export type NotSummedReason =
  | "percentage"
  | "rate"
  | "stated-comparison"
  | "money-parts"
  | "other-period"
  | "partial-list"
  | "mixed-status";

/** A stated figure that is never summed, kept with its unit and where it is in its report. */
export interface NotSummed {
  unit: string;
  report: string;
  /** Path in the unit's report of what was not summed. */
  path: IssuePath;
  label: string;
  /** The number (the count, the amount, the stated percentage). */
  value: number;
  unitOfCount?: string;
  reason: NotSummedReason;
  /** What the unit stated, as a short Vietnamese phrase ("tăng 7,15% so với cùng kỳ năm 2025"). */
  text?: string;
  /** The stated value as written in the unit's report (a comparison, the parts of an amount). */
  stated?: unknown;
}

/** A row (delegation, project, event…) with the unit column. */
export interface MergedRow<T = unknown> {
  units: string[];
  row: T;
  sources: ProvenanceSource[];
  /** Path in the consolidated document when the row is there. */
  path?: IssuePath;
}

/** The same delegation reported by several units. */
export interface DuplicateRow {
  list: string;
  key: string;
  units: string[];
  sources: ProvenanceSource[];
  /** Whether it could be counted once (false when a unit's stated total includes it). */
  countedOnce: boolean;
  /** Fields whose values differ between the reports (the first unit's values are kept). */
  differs: string[];
}

export interface SummedDelegationTotals {
  delegations?: SummedFigure;
  persons?: SummedFigure;
  days?: SummedFigure;
}

export interface UnitNarrative {
  unit: string;
  report: string;
  path: IssuePath;
  /** Number of paragraphs (the text is in the unit's report at `path`, and in the draft). */
  paragraphs: number;
}

/** Per area (or section): who answered what, and what was summed. */
export interface ConsolidatedArea {
  /** Units that gave content, answered "Không", or left the area unanswered (of those whose report is used). */
  answers: { content: string[]; none: string[]; unanswered: string[] };
  /** The "Không" answers in the units' own words. */
  noneTexts: { unit: string; text: string }[];
  narratives: UnitNarrative[];
  counts: SummedCount[];
  money: SummedMoney[];
  notSummed: NotSummed[];
  /** Rows of each list of the area's facts, with their units. */
  rows: Record<string, MergedRow[]>;
  delegationTotals?: { outbound?: SummedDelegationTotals; inbound?: SummedDelegationTotals };
  duplicates: DuplicateRow[];
  /** Facts the engine does not merge yet (kept here, never dropped). */
  unmerged: { unit: string; report: string; path: IssuePath; value: unknown }[];
}

export interface FigureComparison {
  path?: IssuePath;
  figure: string;
  current: number;
  previous: number;
  direction: "same" | "up" | "down";
  delta: number;
  percent: number | null;
}

export interface ConsolidationRecord {
  period: Period;
  receiver?: string;
  reports: ReceivedReport[];
  status: ReportingStatus;
  /** Keyed by area id, `custom:<id>`, or section name (`context`, `assessment.advantages`…). */
  areas: Record<string, ConsolidatedArea>;
  /** Every figure of the consolidated document and where it came from. */
  provenance: Provenance[];
  comparisons: FigureComparison[];
}

export interface ConsolidationResult {
  document: ReportDocument;
  record: ConsolidationRecord;
  issues: Issue[];
}
