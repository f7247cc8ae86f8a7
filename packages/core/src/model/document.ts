/** A document of one of the three kinds, in the NĐ 30 frame, with its appendices. */
import * as z from "zod";
import { Appendix } from "./appendix";
import { DOCUMENT_KINDS, SCHEMA_VERSION } from "./constants";
import { Frame } from "./frame";
import { NoticeBody } from "./notice";
import { PlanBody } from "./plan";
import { ReportBody } from "./report";
import { RequestBody } from "./request";

export { SCHEMA_VERSION };

const base = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().max(200).optional(),
  frame: Frame,
  appendices: z.array(Appendix).max(50).optional(),
};

export const ReportDocument = z
  .strictObject({ ...base, kind: z.literal("report"), body: ReportBody })
  .meta({ id: "ReportDocument" });
export const PlanDocument = z
  .strictObject({ ...base, kind: z.literal("plan"), body: PlanBody })
  .meta({ id: "PlanDocument" });
export const NoticeDocument = z
  .strictObject({ ...base, kind: z.literal("conclusion-notice"), body: NoticeBody })
  .meta({ id: "NoticeDocument" });

export const RequestDocument = z
  .strictObject({ ...base, kind: z.literal("report-request"), body: RequestBody })
  .meta({ id: "RequestDocument" });

export const Document = z
  .discriminatedUnion("kind", [ReportDocument, PlanDocument, NoticeDocument, RequestDocument])
  .meta({ id: "Document" });

export type ReportDocument = z.infer<typeof ReportDocument>;
export type PlanDocument = z.infer<typeof PlanDocument>;
export type NoticeDocument = z.infer<typeof NoticeDocument>;
export type RequestDocument = z.infer<typeof RequestDocument>;
export type Document = z.infer<typeof Document>;
export type DocumentKind = Document["kind"];
export { DOCUMENT_KINDS };

// The kinds of the union and the constant list agree.
const _kinds: readonly DocumentKind[] = DOCUMENT_KINDS;
void _kinds;
