/**
 * `buildLayout`: one layout tree per document, for the three kinds, in the NĐ 30 frame.
 */
import type { Document, ReportOutline } from "@doingoai/core";
import { stripEnd } from "../sentences/phrase";
import { appendixLayouts } from "./appendix";
import {
  addressees,
  basisBlocks,
  closingBlocks,
  digitalSignatureLines,
  headerBlock,
  kindTitle,
  kindWord,
  signatureBlock,
} from "./frame";
import { noticeBody } from "./notice";
import { planBody } from "./plan";
import { reportBody } from "./report";
import { requestBody, requestClosing, requestExcerpt } from "./request";
import { cleanDeep } from "./text";
import type { Block, Layout } from "./types";

export interface BuildLayoutOptions {
  /** The outline of a report (areas, order, headings); else the document's own, else the default (seed 004). */
  outline?: ReportOutline;
  /**
   * How a bare "nothing to report" is written: `"inline"` (default) after the heading, as seed 004
   * does ("10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: Không."); `"paragraph"` as a
   * sentence under it ("Không phát sinh."). An answer's own sentence is always a paragraph.
   */
  nothingToReport?: "inline" | "paragraph";
}

/**
 * The layout of a document: header, kind and subject, basis, body by kind, closing "./.",
 * signature block and appendices. Every string is cleaned first (core's `cleanText`). A draft
 * shows "(Chưa có nội dung)" under sections not answered yet; an issued document leaves them out.
 */
export function buildLayout(input: Document, opts: BuildLayoutOptions = {}): Layout {
  const doc = cleanDeep(input);
  const draft = doc.frame.status === "draft";
  const body: Block[] = basisBlocks(doc.frame);
  const outline = opts.outline === undefined ? undefined : cleanDeep(opts.outline);
  const inlineNone = opts.nothingToReport !== "paragraph";
  if (doc.kind === "report") body.push(...reportBody(doc, outline, draft, inlineNone));
  else if (doc.kind === "plan") body.push(...planBody(doc, draft, inlineNone));
  else if (doc.kind === "conclusion-notice") body.push(...noticeBody(doc, draft, inlineNone));
  else body.push(...requestBody(doc));
  body.push(...(doc.kind === "report-request" ? [requestClosing(doc)] : closingBlocks(doc)));
  // A công văn has no kind title: its subject stands under the number as "V/v …" (NĐ 30, ô 5b).
  const excerpt = doc.kind === "report-request" ? requestExcerpt(doc) : undefined;
  const to = addressees(doc.frame);
  const signed = digitalSignatureLines(doc.frame);
  return {
    lang: "vi",
    title: `${kindWord(doc)}: ${stripEnd(doc.frame.subject.trim())}`,
    header: { ...headerBlock(doc.frame), ...(excerpt === undefined ? {} : { excerpt }) },
    ...(to === undefined ? {} : { addressees: to }),
    kindTitle: excerpt === undefined ? kindTitle(doc) : "",
    subject: excerpt === undefined ? doc.frame.subject.trim() : "",
    body,
    signature: signatureBlock(doc.frame),
    appendices: appendixLayouts(doc),
    draft,
    ...(signed.length === 0 ? {} : { digitalSignatures: signed }),
  };
}
