/**
 * The HTML writer: a standalone A4 page (`renderHtml`) or an embeddable fragment whose styles
 * are scoped under `.dng-doc` (`renderHtmlFragment`), both from the layout tree (`layoutToHtml`).
 */
import type { Document, ReportOutline } from "@doingoai/core";
import { buildLayout } from "../layout/build";
import { layoutToHtml } from "./write";

export { escapeHtml } from "./escape";
export { DOCUMENT_CSS, PAGE_CSS, ROOT_CLASS } from "./styles";
export { type LayoutToHtmlOptions, layoutToHtml } from "./write";

export interface RenderHtmlOptions {
  /** The report outline (areas, order, headings); the document's own or the default when absent. */
  outline?: ReportOutline;
  /** Include the `<style>` element (default true). */
  styles?: boolean;
}

function layoutOf(doc: Document, opts: RenderHtmlOptions) {
  return buildLayout(doc, opts.outline === undefined ? {} : { outline: opts.outline });
}

/** A standalone HTML page of the document: A4 print styles, page-like sheets on screen. */
export function renderHtml(doc: Document, opts: RenderHtmlOptions = {}): string {
  return layoutToHtml(layoutOf(doc, opts), { standalone: true, styles: opts.styles !== false });
}

/** An HTML fragment of the document to embed in a host page: every style scoped under `.dng-doc`. */
export function renderHtmlFragment(doc: Document, opts: RenderHtmlOptions = {}): string {
  return layoutToHtml(layoutOf(doc, opts), { standalone: false, styles: opts.styles !== false });
}
