import type { Document, ReportOutline } from "@doingoai/core";
import { buildLayout } from "../layout";
import { layoutToDocx } from "./layout-to-docx";

export interface RenderDocxOptions {
  /** The report outline (areas, order, headings); the document's own or the default when absent. */
  outline?: ReportOutline;
}

/**
 * Renders a core document as an NĐ 30/2020 DOCX that carries the document itself (see
 * `readDocx`). Runs in Node and in browsers. The bytes are backed by a plain `ArrayBuffer`
 * (fflate allocates them), so they go straight into `new Blob([bytes])`.
 */
export async function renderDocx(
  doc: Document,
  opts: RenderDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const layout = buildLayout(doc, opts.outline ? { outline: opts.outline } : {});
  return (await layoutToDocx(layout, { source: doc })) as Uint8Array<ArrayBuffer>;
}
