/** Validation issues are data: a stable code, a path, a severity and a message naming the field. */
import type { Lang } from "../labels";
import type { IssueCode } from "./messages-vi";

export type Severity = "error" | "warning";
export type IssuePath = (string | number)[];

export interface Issue {
  /** Stable code callers can match and translate ("schema.required", "delegation.days"). */
  code: string;
  /** Path into the document: ["body", "areas", "delegations", "facts", "delegations", 2, "members"]. */
  path: IssuePath;
  severity: Severity;
  /** The message in the requested language, naming the field by its label. */
  message: string;
  /** The field's label chain ("Đoàn ra, đoàn vào › đoàn thứ 3 › Số thành viên đoàn"). */
  field: string;
  /** Values the message was built from (limits, expected values…). */
  params?: Record<string, unknown>;
}

/** An issue before its message is written (rules produce these). */
export interface RawIssue {
  code: IssueCode;
  path: IssuePath;
  severity: Severity;
  params?: Record<string, unknown>;
}

export interface ValidateOptions {
  /** Language of the messages; Vietnamese by default. */
  lang?: Lang;
}

export type ValidationResult<T> =
  | { ok: true; value: T; issues: Issue[] }
  | { ok: false; value?: undefined; issues: Issue[] };
