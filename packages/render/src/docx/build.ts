/** Layout → the sections' bodies (either writer) and the docx `Document` around them. */
import type { Layout } from "../layout/types";
import { Document as DocxDocument, type FileChild, type ISectionOptions } from "./adapter";
import { bodyBlocks } from "./blocks";
import { addresseesBlock, headerTable, signatureTable, titleBlock } from "./frame";
import { appendixBody, appendixSection, mainSection } from "./sections";
import { STYLES } from "./styles";
import { TEXT_WIDTH } from "./units";
import { RawBlock, WML_OBJECTS, type Wml } from "./wml";
import { xmlSafe } from "./xml-safe";

/** The bodies of the document's sections, written by `w`: the main section, then one per appendix. */
export function layoutBodies<X>(w: Wml<X>, layout: Layout): X[][] {
  const main: X[] = [
    headerTable(w, layout.header),
    ...titleBlock(w, layout),
    ...addresseesBlock(w, layout.addressees),
    ...bodyBlocks(w, layout.body, TEXT_WIDTH.portrait),
    signatureTable(w, layout.signature),
  ];
  return [main, ...layout.appendices.map((a) => appendixBody(w, a))];
}

/** The sections of the document around their bodies (one per section, in `layoutBodies`' order). */
export function sectionsAround(layout: Layout, bodies: FileChild[][]): ISectionOptions[] {
  return [
    mainSection(bodies[0] ?? [], layout.draft),
    ...layout.appendices.map((a, i) => appendixSection(a, bodies[i + 1] ?? [])),
  ];
}

/** The sections of the document, their bodies as docx objects (`WML_OBJECTS`). */
export function layoutSections(layout: Layout): ISectionOptions[] {
  const bodies = layoutBodies(WML_OBJECTS, layout).map((b) => b.map((xml) => new RawBlock(xml)));
  return sectionsAround(layout, bodies);
}

/** A docx document with render's options (styles, properties) and the given sections. */
export function docxDocument(title: string, sections: ISectionOptions[]): DocxDocument {
  return new DocxDocument({
    title: xmlSafe(title),
    creator: "doingoai",
    lastModifiedBy: "doingoai",
    styles: STYLES,
    sections,
  });
}

/** The docx document tree of a layout, before packing: docx writes it whole (the reference path). */
export function buildDocxTree(layout: Layout): DocxDocument {
  return docxDocument(layout.title, layoutSections(layout));
}
