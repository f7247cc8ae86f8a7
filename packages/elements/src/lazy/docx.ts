/** Entry of `dist/docx-writer.js`, the DOCX writer loaded on "Tải về DOCX" by the browser bundle. */
export { renderDocx } from "@doingoai/render/docx";
