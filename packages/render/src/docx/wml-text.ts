/**
 * The body's WordprocessingML written straight to XML text: the same elements as the object
 * writer (`WML_OBJECTS`, wml.ts), byte for byte as docx's XML writer writes those objects, with
 * no object tree built and no tree walked. The object writer stays the reference: docx writes the
 * whole tree from it (`buildDocxTree`), and `pack.test.ts` checks that every part of every example
 * and of a consolidated report is the same both ways (`wml-text.test.ts`, the tricky cases).
 * The body of a 100-unit consolidation (6,600 paragraphs) took 50 ms of CPU as objects serialised
 * by docx's writer here; written this way, a few.
 */
import {
  escapeXml,
  type WBorder,
  type WCell,
  type Wml,
  type WParagraphOptions,
  type WRow,
  type WRunFormat,
} from "./wml";
import { xmlSafe } from "./xml-safe";

/** An attribute as docx writes it: ` name="value"`, the value escaped. */
const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(value)}"`;

const ON_OFF = {
  bold: ["<w:b/><w:bCs/>", '<w:b w:val="false"/><w:bCs w:val="false"/>'],
  italics: ["<w:i/><w:iCs/>", '<w:i w:val="false"/><w:iCs w:val="false"/>'],
} as const;

/** `w:rPr` of a format (CT_RPr order), or "" when it sets nothing. */
function runProperties(f: WRunFormat): string {
  let props = "";
  if (f.bold !== undefined) props += ON_OFF.bold[f.bold ? 0 : 1];
  if (f.italics !== undefined) props += ON_OFF.italics[f.italics ? 0 : 1];
  if (f.color !== undefined) props += `<w:color${attr("w:val", f.color)}/>`;
  if (f.size !== undefined) props += `<w:sz${attr("w:val", f.size)}/><w:szCs${attr("w:val", f.size)}/>`;
  return props === "" ? "" : `<w:rPr>${props}</w:rPr>`;
}

const text = (t: string) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`;

/** Runs for `value` (one run), made safe for XML here; "\n" becomes `w:br`, "\t" `w:tab`. */
function runs(value: string, format: WRunFormat = {}): string[] {
  const rPr = runProperties(format);
  const safe = xmlSafe(value);
  if (!safe.includes("\n") && !safe.includes("\t")) return [`<w:r>${rPr}${text(safe)}</w:r>`];
  let content = "";
  const lines = safe.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) content += "<w:br/>";
    const parts = lines[i]!.split("\t");
    for (let j = 0; j < parts.length; j++) {
      if (j > 0) content += "<w:tab/>";
      if (parts[j] !== "") content += text(parts[j]!);
    }
  }
  return [`<w:r>${rPr}${content === "" ? text("") : content}</w:r>`];
}

const border = (side: string, b: WBorder) =>
  `<${side} w:val="single"${attr("w:sz", b.size)}${attr("w:space", b.space)} w:color="000000"/>`;

/** A paragraph of a style with its runs; properties in schema order (CT_PPrBase). */
function paragraph(style: string, content: string[], o: WParagraphOptions = {}): string {
  let pPr = `<w:pStyle${attr("w:val", style)}/>`;
  if (o.keepNext) pPr += "<w:keepNext/>";
  if (o.keepLines) pPr += "<w:keepLines/>";
  if (o.border) {
    const sides =
      "box" in o.border
        ? ["w:top", "w:left", "w:bottom", "w:right"].map((side) =>
            border(side, (o.border as { box: WBorder }).box),
          )
        : [border("w:bottom", o.border.bottom)];
    pPr += `<w:pBdr>${sides.join("")}</w:pBdr>`;
  }
  if (o.before !== undefined) pPr += `<w:spacing${attr("w:before", o.before)}/>`;
  if (o.indent) {
    const { left, right, hanging } = o.indent;
    let attrs = "";
    if (left !== undefined) attrs += attr("w:left", left);
    if (right !== undefined) attrs += attr("w:right", right);
    if (hanging !== undefined) attrs += attr("w:hanging", hanging);
    pPr += `<w:ind${attrs}/>`;
  }
  if (o.align !== undefined) pPr += `<w:jc${attr("w:val", o.align)}/>`;
  return `<w:p><w:pPr>${pPr}</w:pPr>${content.join("")}</w:p>`;
}

const NO_BORDER = ' w:val="none" w:sz="0" w:space="0" w:color="auto"/>';
const FRAME_BORDERS = `<w:tblBorders>${["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]
  .map((side) => `<${side}${NO_BORDER}`)
  .join("")}</w:tblBorders>`;
const FRAME_MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/>' +
  '<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tblCellMar>';

const tableWidth = (widths: readonly number[]) =>
  `<w:tblW w:type="dxa"${attr(
    "w:w",
    widths.reduce((a, b) => a + b, 0),
  )}/>`;
const grid = (widths: readonly number[]) =>
  widths.length === 0
    ? "<w:tblGrid/>"
    : `<w:tblGrid>${widths.map((w) => `<w:gridCol${attr("w:w", w)}/>`).join("")}</w:tblGrid>`;
const cellWidth = (w: number) => `<w:tcW w:type="dxa"${attr("w:w", w)}/>`;

/** A borderless layout table (the header and signature blocks); see `wFrameTable`. */
function frameTable(widths: number[], rows: string[][][]): string {
  let out = `<w:tbl><w:tblPr>${tableWidth(widths)}${FRAME_BORDERS}<w:tblLayout w:type="fixed"/>${FRAME_MARGINS}</w:tblPr>${grid(widths)}`;
  for (const cells of rows) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (let i = 0; i < cells.length; i++) {
      const paragraphs = cells[i]!;
      out += `<w:tc><w:tcPr>${cellWidth(widths[i]!)}</w:tcPr>${paragraphs.length > 0 ? paragraphs.join("") : "<w:p/>"}</w:tc>`;
    }
    out += "</w:tr>";
  }
  return `${out}</w:tbl>`;
}

const BORDER = ' w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const TABLE_PROPS =
  `<w:tblBorders>${["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]
    .map((side) => `<${side}${BORDER}`)
    .join("")}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
  '<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="85"/>' +
  '<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="85"/></w:tblCellMar>';

function cell(c: WCell, width: number): string {
  const vAlign = c.vCenter ? '<w:vAlign w:val="center"/>' : "";
  const align = c.align && c.align !== "left" ? { align: c.align } : {};
  return `<w:tc><w:tcPr>${cellWidth(width)}${vAlign}</w:tcPr>${paragraph(c.style, runs(c.text), align)}</w:tc>`;
}

/** A bordered table; see `wTable`. */
function table(widths: number[], rows: WRow[]): string {
  let out = `<w:tbl><w:tblPr>${tableWidth(widths)}${TABLE_PROPS}</w:tblPr>${grid(widths)}`;
  for (const row of rows) {
    let trPr = "";
    if (row.cantSplit) trPr += "<w:cantSplit/>";
    if (row.header) trPr += "<w:tblHeader/>";
    // docx writes an element without children self-closed (a row of no cells: never in a layout).
    if (trPr === "" && row.cells.length === 0) {
      out += "<w:tr/>";
      continue;
    }
    out += trPr === "" ? "<w:tr>" : `<w:tr><w:trPr>${trPr}</w:trPr>`;
    for (let i = 0; i < row.cells.length; i++) out += cell(row.cells[i]!, widths[i]!);
    out += "</w:tr>";
  }
  return `${out}</w:tbl>`;
}

/** The body written as XML text. */
export const WML_TEXT: Wml<string> = { runs, paragraph, frameTable, table };
