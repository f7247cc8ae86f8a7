/** Entry of `dist/html-preview.js`, the HTML writer loaded by the preview in the browser bundle. */
export { renderHtmlFragment } from "@doingoai/render/html";
