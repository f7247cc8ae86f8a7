/**
 * The HTML writer of `@doingoai/render/html`, loaded on first use: the preview does not weigh on
 * the first paint of the form (in the browser bundle it is the chunk `html-preview.js`).
 */
import type { Document } from "@doingoai/core/lite";

export type FragmentRenderer = (doc: Document) => string;

let loading: Promise<typeof import("@doingoai/render/html")> | undefined;

function writer() {
  loading ??= import("@doingoai/render/html");
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The fragment the preview shows (styles scoped under `.dng-doc`). */
export function loadHtmlRenderer(): Promise<FragmentRenderer> {
  return writer().then((m) => (doc: Document) => m.renderHtmlFragment(doc));
}

/** A whole HTML page of the document, with the A4 pages' print rules (for printing). */
export function loadPageRenderer(): Promise<FragmentRenderer> {
  return writer().then((m) => (doc: Document) => m.renderHtml(doc));
}
