import type { Layout } from "../layout/types";
import type { FileChild, ISectionOptions } from "./adapter";
import { buildDocxTree, docxDocument, layoutSections } from "./build";
import { packDocx, packDocxWithBodies } from "./pack";
import { RawBlock } from "./wml";

export interface LayoutToDocxOptions {
  /**
   * The data the DOCX carries (the core document it was built from): stored as JSON in a custom
   * XML part so that `readDocx` gives it back.
   */
  source?: unknown;
}

/** The placeholder paragraph of a section's body while docx writes the package around it. */
export const bodyMark = (i: number) =>
  new RawBlock({ "w:p": [{ "w:r": [{ "w:t": `DOINGOAI-BODY-${i}-7f3a` }] }] });

/**
 * Writes a layout as an NĐ 30/2020 DOCX. Runs in Node and in browsers; returns the bytes.
 *
 * The bodies of the sections (render's own WordprocessingML, `RawBlock`s) are written to XML
 * strings directly; docx writes the package around a placeholder paragraph per section (frame,
 * styles, headers, section properties), and the bodies take the placeholders' places — the same
 * document.xml as docx writes for the whole tree (`pack.test.ts`), in a fraction of the time.
 */
export async function layoutToDocx(layout: Layout, opts: LayoutToDocxOptions = {}): Promise<Uint8Array> {
  const sections = layoutSections(layout);
  if (!sections.every((s) => s.children.every((c: FileChild) => c instanceof RawBlock)))
    return packDocx(buildDocxTree(layout), opts.source);
  const bodies: string[] = [];
  const shells: ISectionOptions[] = sections.map((s, i) => {
    bodies.push((s.children as RawBlock[]).map((c) => c.toXml()).join(""));
    return { ...s, children: [bodyMark(i)] };
  });
  return packDocxWithBodies(
    docxDocument(layout.title, shells),
    bodies.map((xml, i) => ({ mark: bodyMark(i).toXml(), xml })),
    opts.source,
  );
}
