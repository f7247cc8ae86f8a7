/** Layout → docx `Document` (the object tree the docx library writes). */
import type { Layout } from "../layout/types";
import { Document as DocxDocument, type FileChild, type ISectionOptions } from "./adapter";
import { bodyBlocks } from "./blocks";
import { addresseesBlock, headerTable, signatureTable, titleBlock } from "./frame";
import { appendixSection, mainSection } from "./sections";
import { STYLES } from "./styles";
import { TEXT_WIDTH } from "./units";
import { xmlSafe } from "./xml-safe";

/** The sections of the document: the main section, then one per appendix. */
export function layoutSections(layout: Layout): ISectionOptions[] {
  const main: FileChild[] = [
    headerTable(layout.header),
    ...titleBlock(layout),
    ...addresseesBlock(layout.addressees),
    ...bodyBlocks(layout.body, TEXT_WIDTH.portrait),
    signatureTable(layout.signature),
  ];
  return [mainSection(main, layout.draft), ...layout.appendices.map(appendixSection)];
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

/** The docx document tree of a layout, before packing. */
export function buildDocxTree(layout: Layout): DocxDocument {
  return docxDocument(layout.title, layoutSections(layout));
}
