/** Sections: the main document (portrait) and one section per appendix, each with its page numbers. */

import { APPENDIX_END } from "../layout/appendix";
import { DRAFT_MARK } from "../layout/frame";
import type { AppendixLayout } from "../layout/types";
import {
  AlignmentType,
  type FileChild,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "./adapter";
import { dataTable } from "./blocks";
import { para, rule } from "./paragraphs";
import { STYLE } from "./styles";
import { lineWidthTwips } from "./text-width";
import { MARGIN, PAGE, SIZE, TEXT_WIDTH } from "./units";
import type { Wml } from "./wml";

/** The draft mark, as the HTML shows it: bold, boxed, at the top right of the first page. */
function draftMark(): Paragraph {
  return new Paragraph({
    style: STYLE.frame,
    alignment: AlignmentType.RIGHT,
    children: [
      new TextRun({
        text: DRAFT_MARK,
        bold: true,
        size: SIZE.pt13,
        border: { style: "single", size: 8, space: 2, color: "000000" },
      }),
    ],
  });
}

/**
 * Page numbers centred in the top margin, hidden on the first page (titlePage with an empty first
 * header), starting at 1 in every section: NĐ 30 numbers each appendix on its own. A draft's
 * first page carries the draft mark in its header (NĐ 30: a draft is not signed nor numbered;
 * the mark tells it from the issued text on screen and on paper).
 */
function pageHeaders(draft = false): ISectionOptions["headers"] {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLE.pageNumber,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [draft ? draftMark() : new Paragraph({ style: STYLE.pageNumber })] }),
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

export function mainSection(children: FileChild[], draft = false): ISectionOptions {
  return { properties: sectionProperties(false), headers: pageHeaders(draft), children };
}

/** An appendix's section around its body (`appendixBody`): landscape or not, its own page numbers. */
export function appendixSection(appendix: AppendixLayout, children: FileChild[]): ISectionOptions {
  return { properties: sectionProperties(appendix.landscape), headers: pageHeaders(), children };
}

/** Share of "(Kèm theo …)" its rule covers: NĐ 30 asks for 1/3 to 1/2 of the line above. */
const ATTACHED_RULE = 0.4;

/**
 * An appendix: "Phụ lục I", its title, "(Kèm theo …)" with a short rule under it, the table, the
 * note, and "./." at its end as at the end of the document.
 */
export function appendixBody<X>(w: Wml<X>, appendix: AppendixLayout): X[] {
  const available = appendix.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  const children: X[] = [
    para(w, STYLE.title, appendix.label, { size: SIZE.pt14 }),
    para(w, STYLE.title, appendix.title.toUpperCase(), { size: SIZE.pt14 }),
  ];
  if (appendix.attachedTo) {
    children.push(para(w, STYLE.frame, appendix.attachedTo, { italics: true }));
    children.push(
      rule(w, available, lineWidthTwips(appendix.attachedTo, 14, false, available) * ATTACHED_RULE, 60),
    );
  }
  children.push(para(w, STYLE.frame, "", {}, { before: 120 }));
  const table = dataTable(w, appendix.table, available);
  if (table !== undefined && appendix.table.caption)
    children.push(para(w, STYLE.title, appendix.table.caption, { size: SIZE.pt13 }));
  if (table !== undefined) children.push(table);
  if (appendix.note) children.push(para(w, STYLE.body, appendix.note, { italics: true, size: SIZE.pt12 }));
  children.push(para(w, STYLE.frame, APPENDIX_END, {}, { align: "right", before: 120 }));
  return children;
}
