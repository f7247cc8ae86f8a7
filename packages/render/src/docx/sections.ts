/** Sections: the main document (portrait) and one section per appendix, each with its page numbers. */

import type { AppendixLayout } from "../layout/types";
import {
  type FileChild,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "./adapter";
import { dataTable } from "./blocks";
import { para } from "./paragraphs";
import { STYLE } from "./styles";
import { MARGIN, PAGE, SIZE, TEXT_WIDTH } from "./units";
import { RawBlock, type Xml } from "./wml";

/**
 * Page numbers centred in the top margin, hidden on the first page (titlePage with an empty first
 * header), starting at 1 in every section: NĐ 30 numbers each appendix on its own.
 */
function pageHeaders(): ISectionOptions["headers"] {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLE.pageNumber,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber })] }),
  };
}

function sectionProperties(landscape: boolean): ISectionOptions["properties"] {
  return {
    titlePage: true,
    page: {
      size: landscape
        ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
        : { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { ...MARGIN },
      pageNumbers: { start: 1 },
    },
  };
}

export function mainSection(children: FileChild[]): ISectionOptions {
  return { properties: sectionProperties(false), headers: pageHeaders(), children };
}

/** An appendix: "Phụ lục I", its title, "(Kèm theo …)", the table, the note. */
export function appendixSection(appendix: AppendixLayout): ISectionOptions {
  const available = appendix.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  const lines: Xml[] = [
    para(STYLE.title, appendix.label, { size: SIZE.pt14 }),
    para(STYLE.title, appendix.title.toUpperCase(), { size: SIZE.pt14 }),
  ];
  if (appendix.attachedTo) lines.push(para(STYLE.frame, appendix.attachedTo, { italics: true }));
  lines.push(para(STYLE.frame, "", {}, { before: 120 }));
  const table = dataTable(appendix.table, available);
  if (table && appendix.table.caption)
    lines.push(para(STYLE.title, appendix.table.caption, { size: SIZE.pt13 }));
  const children: FileChild[] = lines.map((xml) => new RawBlock(xml));
  if (table) children.push(table);
  if (appendix.note)
    children.push(new RawBlock(para(STYLE.body, appendix.note, { italics: true, size: SIZE.pt12 })));
  return { properties: sectionProperties(appendix.landscape), headers: pageHeaders(), children };
}
