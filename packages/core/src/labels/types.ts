/**
 * Label tables are typed against the schema: every key of every object of the model must
 * have a label (a missing or extra key is a type error), and `test/labels.test.ts` walks the
 * schema at run time to check the same for both languages.
 */
import type { z } from "zod";
import type { Appendix, AppendixTable } from "../model/appendix";
import type { AREA_FACTS, AreaId, Areas, CustomArea, GeneralFacts } from "../model/areas";
import type { Document } from "../model/document";
import type * as F from "../model/facts";
import type { BasisEntry, Frame, IssuingBody, Recipients, Signature } from "../model/frame";
import type { NoticeBody, NoticeItem, WorkingSession } from "../model/notice";
import type { OutlinePart, ReportOutline } from "../model/outline";
import type { Assignment, PlanBody, PlanContentItem, ReportingDuty } from "../model/plan";
import type { Assessment, Recommendation, ReportBody } from "../model/report";
import type * as V from "../model/values";

type In<T extends z.ZodType> = z.input<T>;
type Keys<T> = T extends readonly unknown[] ? never : T extends object ? keyof T : never;
type DeepKeys<T> = Keys<NonNullable<T>>;
type AreaFactKeys = { [A in AreaId]: DeepKeys<In<(typeof AREA_FACTS)[A]>> }[AreaId];
type AnswerKeys = DeepKeys<NonNullable<In<typeof Areas>["delegations"]>>;

/** Every field key that appears in the model. */
export type FieldKey =
  | DeepKeys<In<typeof Document>>
  | DeepKeys<In<typeof Frame>>
  | DeepKeys<In<typeof IssuingBody>>
  | DeepKeys<In<typeof BasisEntry>>
  | DeepKeys<In<typeof Recipients>>
  | DeepKeys<In<typeof Signature>>
  | DeepKeys<NonNullable<In<typeof Frame>["digitalSignatures"]>[number]>
  | DeepKeys<In<typeof V.Citation>>
  | DeepKeys<In<typeof V.Count>>
  | DeepKeys<In<typeof V.Money>>
  | DeepKeys<In<typeof V.InKind>>
  | DeepKeys<In<typeof V.Period>>
  | DeepKeys<In<typeof V.Person>>
  | DeepKeys<In<typeof F.Delegation>>
  | DeepKeys<In<typeof F.DelegationTotals>>
  | DeepKeys<In<typeof F.Indicator>>
  | DeepKeys<In<typeof F.Agreement>>
  | DeepKeys<In<typeof F.Event>>
  | DeepKeys<In<typeof F.InvestmentProject>>
  | DeepKeys<In<typeof F.AidProject>>
  | DeepKeys<In<typeof F.ReporterVisit>>
  | DeepKeys<In<typeof F.Award>>
  | DeepKeys<In<typeof F.Partnership>>
  | DeepKeys<In<typeof F.Ranking>>
  | DeepKeys<In<typeof F.FreeTable>>
  | AreaFactKeys
  | AnswerKeys
  | DeepKeys<In<typeof Areas>>
  | DeepKeys<NonNullable<In<typeof PlanBody>["customAreas"]>[number]>
  | DeepKeys<In<typeof GeneralFacts>>
  | DeepKeys<NonNullable<In<typeof GeneralFacts>["delegationTotals"]>>
  | DeepKeys<In<typeof CustomArea>>
  | DeepKeys<In<typeof Assessment>>
  | DeepKeys<In<typeof Recommendation>>
  | DeepKeys<In<typeof ReportBody>>
  | DeepKeys<In<typeof OutlinePart>>
  | DeepKeys<In<typeof ReportOutline>>
  | DeepKeys<In<typeof PlanBody>>
  | DeepKeys<NonNullable<In<typeof PlanBody>["headings"]>>
  | DeepKeys<In<typeof PlanContentItem>>
  | DeepKeys<In<typeof Assignment>>
  | DeepKeys<In<typeof ReportingDuty>>
  | DeepKeys<In<typeof NoticeBody>>
  | DeepKeys<NonNullable<In<typeof NoticeBody>["assessment"]>>
  | DeepKeys<NonNullable<In<typeof NoticeBody>["headings"]>>
  | DeepKeys<In<typeof NoticeItem>>
  | DeepKeys<In<typeof WorkingSession>>
  | DeepKeys<NonNullable<In<typeof NoticeBody>["requestAnswers"]>[number]>
  | DeepKeys<NonNullable<In<typeof NoticeBody>["otherTasks"]>[number]>
  | DeepKeys<In<typeof Appendix>>
  | DeepKeys<In<typeof AppendixTable>>;

/** A label of one field: its name, and optionally a hint shown under the form field. */
export type FieldLabel = string | { label: string; hint: string };

/** The table of one language: a label for every key, and overrides per object (by schema id). */
export interface LabelTable {
  fields: Record<FieldKey, FieldLabel>;
  /** Labels that differ in one object: `{ Signature: { title: "Chức vụ" } }`. */
  byObject: Record<string, Partial<Record<FieldKey, FieldLabel>>>;
  areas: Record<AreaId, string>;
  kinds: Record<Document["kind"], string>;
  /** "Đoàn thứ {n}" for an array row: by the key of the array. */
  rows: Partial<Record<FieldKey, string>> & { default: string };
}
