/**
 * The HTML writer of `@doingoai/render/html`, loaded on first use: the preview does not weigh on
 * the first paint of the form (in the browser bundle it is the chunk `html-preview.js`).
 */
import type { Document } from "@doingoai/core/lite";

export type FragmentRenderer = (doc: Document) => string;

let loading: Promise<FragmentRenderer> | undefined;

export function loadHtmlRenderer(): Promise<FragmentRenderer> {
  loading ??= import("@doingoai/render/html").then((m) => (doc: Document) => m.renderHtmlFragment(doc));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
