import type { Layout } from "../layout/types";
import { docxDocument, layoutBodies, sectionsAround } from "./build";
import { packDocxWithBodies } from "./pack";
import { RawBlock } from "./wml";
import { WML_TEXT } from "./wml-text";

export interface LayoutToDocxOptions {
  /**
   * The data the DOCX carries (the core document it was built from): stored as JSON in a custom
   * XML part so that `readDocx` gives it back.
   */
  source?: unknown;
}

/** The placeholder paragraph of a section's body while docx writes the package around it, as XML. */
export const bodyMarkXml = (i: number) => `<w:p><w:r><w:t>DOINGOAI-BODY-${i}-7f3a</w:t></w:r></w:p>`;

/** The same placeholder as a block docx writes (`bodyMarkXml` is its XML). */
const bodyMark = (i: number) => new RawBlock({ "w:p": [{ "w:r": [{ "w:t": `DOINGOAI-BODY-${i}-7f3a` }] }] });

/**
 * Writes a layout as an NĐ 30/2020 DOCX. Runs in Node and in browsers; returns the bytes.
 *
 * The bodies of the sections are written as XML text by render (`WML_TEXT`, ADR 33); docx writes
 * the package around a placeholder paragraph per section (styles, headers, section properties),
 * and the bodies take the placeholders' places — the same document.xml as docx writes for the
 * whole tree of the reference writer's objects (`pack.test.ts`), in a fraction of the time.
 */
export async function layoutToDocx(layout: Layout, opts: LayoutToDocxOptions = {}): Promise<Uint8Array> {
  const bodies = layoutBodies(WML_TEXT, layout);
  const marks = bodies.map((_, i) => [bodyMark(i)]);
  // What the package around the bodies depends on: the sections (a draft's first page, each
  // appendix's orientation); the title is put in by packDocxWithBodies.
  const shape = JSON.stringify([layout.draft === true, layout.appendices.map((a) => a.landscape === true)]);
  return packDocxWithBodies(
    shape,
    (title) => docxDocument(title, sectionsAround(layout, marks)),
    layout.title,
    bodies.map((xml, i) => ({ mark: bodyMarkXml(i), xml: xml.join("") })),
    opts.source,
  );
}
