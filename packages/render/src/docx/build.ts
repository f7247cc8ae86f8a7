/** Layout → docx `Document` (the object tree the docx library writes). */
import { Document as DocxDocument, type FileChild, type ISectionOptions } from "docx";
import type { Layout } from "../layout/types";
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
  return [mainSection(main), ...layout.appendices.map(appendixSection)];
}

/** The docx document tree of a layout, before packing. */
export function buildDocxTree(layout: Layout): DocxDocument {
  return new DocxDocument({
    title: xmlSafe(layout.title),
    creator: "doingoai",
    lastModifiedBy: "doingoai",
    styles: STYLES,
    sections: layoutSections(layout),
  });
}
