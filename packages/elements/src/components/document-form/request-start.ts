/**
 * "Bắt đầu báo cáo theo công văn": a unit's report started from a report request (công văn đề nghị
 * báo cáo), by core's `reportFromRequest`: the period, the basis citing the request, "Kính gửi"
 * and the recipients (the requesting body), the requested areas waiting for an answer. The
 * portal's prefill (`prefill.ts`) names the unit, its place and signer.
 */

import { type Lang, migrate, type RequestDocument, reportFromRequest } from "@doingoai/core/ui";
import { html, nothing, type TemplateResult } from "lit";
import type { Obj } from "../../model/path";
import { type StringKey, t } from "../../strings/strings";
import { applyPrefill, type Prefill } from "./prefill";

/** What `reportFromRequest` writes for the signer it does not know (the prefill replaces it). */
const SIGNER_PLACEHOLDER = "(Người ký)";

/** The request as a document (migrated), or undefined when it is not a report request. */
export function asRequest(request: unknown): RequestDocument | undefined {
  if (!request || typeof request !== "object") return undefined;
  const m = migrate(request as Record<string, unknown>);
  const doc = (m.ok ? m.value : request) as Obj;
  return doc.kind === "report-request" && doc.frame && doc.body
    ? (doc as unknown as RequestDocument)
    : undefined;
}

/** The report answering `request`, for the unit the prefill names. */
export function reportFor(request: RequestDocument, prefill: Prefill): Obj {
  const unit = { name: prefill.issuingBody?.trim() ?? "" };
  const report = reportFromRequest(request, unit) as unknown as Obj;
  // The place is the requester's there: the unit's own (prefill) is written instead.
  return applyPrefill(report, prefill, [SIGNER_PLACEHOLDER, request.frame.place]);
}

/** "Số 412/SNgV-VP" of a request (its symbol alone while it has no number). */
export function requestCode(r: RequestDocument): string {
  const f = r.frame;
  return f.number ? `${f.number}/${f.symbol}` : f.symbol;
}

/** The offer on the task list: the request, and the button that starts the report from it. */
export function renderRequestOffer(request: unknown, lang: Lang): TemplateResult | typeof nothing {
  const r = asRequest(request);
  if (!r) return nothing;
  const text = (k: StringKey, p?: Record<string, string>) => t(lang, k, p);
  return html`<div class="notice" part="draft-notice" role="group" aria-labelledby="request-offer">
    <p id="request-offer">${text("requestOffer", { code: requestCode(r), subject: r.frame.subject })}</p>
    <button type="button" class="button button--secondary" part="button" data-a="start-request">${text("startFromRequest")}</button>
  </div>`;
}
