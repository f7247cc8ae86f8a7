/**
 * @doingoai/render/docx — NĐ 30/2020 DOCX from a layout or a core document, and the document back
 * from a DOCX it wrote. No Node-only APIs: works in browsers too.
 */
export { DOCX_LIMITS, type DocxLimits, type ReadDocxCode, type ReadDocxOptions, readDocx } from "../read";
export { type LayoutToDocxOptions, layoutToDocx } from "./layout-to-docx";
export { type RenderDocxOptions, renderDocx } from "./render";
export { xmlSafe } from "./xml-safe";
