/**
 * Entry of `dist/html-preview.js`, the HTML writer loaded by the preview in the browser bundle:
 * the fragment it shows and the whole page it prints (`preview/renderer.ts` uses both).
 */
export { renderHtml, renderHtmlFragment } from "@doingoai/render/html";
