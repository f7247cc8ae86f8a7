/**
 * WordprocessingML for the body, written directly as the objects docx's XML writer takes
 * (`{ "w:p": [{ _attr }, …children] }`) and handed to docx through its extension point, a
 * `FileChild` whose `prepForXml` returns them. With docx's own Paragraph, TextRun, Table and
 * TableCell classes a 10-page report with a 64 × 9 table took 50 ms of CPU here; written this
 * way, 27 ms (and seed 000's body 0.3 ms). docx still writes the package, the styles, the
 * sections and the headers. Element order follows the schema (CT_PPrBase, CT_RPr, CT_TblPr…),
 * which the tests check with xmllint. These objects are the reference writer: `layoutToDocx`
 * writes the same elements as text (`WML_TEXT`, wml-text.ts), and the tests check both give the
 * same bytes.
 */
import { FileChild, type IXmlableObject } from "./adapter";
import { xmlSafe } from "./xml-safe";

export type Xml = IXmlableObject;
type Attrs = Record<string, string | number>;

/** An element: attributes (or none) and children. */
export function el(name: string, attrs?: Attrs, children?: Xml[] | string[] | (Xml | string)[]): Xml {
  if (children === undefined || children.length === 0) return { [name]: attrs ? { _attr: attrs } : {} };
  if (!attrs) return { [name]: children };
  const list: (Xml | string)[] = [{ _attr: attrs }];
  for (let i = 0; i < children.length; i++) list.push(children[i]!);
  return { [name]: list };
}

/** A block of the body written as given. */
export class RawBlock extends FileChild {
  constructor(private readonly xml: Xml) {
    super("w:raw");
  }

  override prepForXml(): Xml {
    return this.xml;
  }
}

export interface WRunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Hex colour ("767676"). */
  color?: string;
  /** Half-points. */
  size?: number;
}

function onOff(name: string, on: boolean): Xml {
  return on ? el(name) : el(name, { "w:val": "false" });
}

function runProperties(f: WRunFormat): Xml | undefined {
  const props: Xml[] = [];
  if (f.bold !== undefined) props.push(onOff("w:b", f.bold), onOff("w:bCs", f.bold));
  if (f.italics !== undefined) props.push(onOff("w:i", f.italics), onOff("w:iCs", f.italics));
  if (f.color !== undefined) props.push(el("w:color", { "w:val": f.color }));
  if (f.size !== undefined) props.push(el("w:sz", { "w:val": f.size }), el("w:szCs", { "w:val": f.size }));
  return props.length > 0 ? el("w:rPr", undefined, props) : undefined;
}

const text = (t: string): Xml => ({ "w:t": [{ _attr: { "xml:space": "preserve" } }, t] });

/** Runs for `value`, made safe for XML here; "\n" becomes `w:br`, "\t" `w:tab`. */
export function wRuns(value: string, format: WRunFormat = {}): Xml[] {
  const rPr = runProperties(format);
  const content: Xml[] = rPr ? [rPr] : [];
  const safe = xmlSafe(value);
  if (!safe.includes("\n") && !safe.includes("\t")) content.push(text(safe));
  else {
    const lines = safe.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) content.push(el("w:br"));
      const parts = lines[i]!.split("\t");
      for (let j = 0; j < parts.length; j++) {
        if (j > 0) content.push(el("w:tab"));
        if (parts[j] !== "") content.push(text(parts[j]!));
      }
    }
    if (content.length === (rPr ? 1 : 0)) content.push(text(""));
  }
  return [el("w:r", undefined, content)];
}

export interface WBorder {
  /** Eighths of a point. */
  size: number;
  /** Points between the border and the text. */
  space: number;
}

export interface WParagraphOptions {
  keepNext?: boolean;
  keepLines?: boolean;
  /** Spacing before, in twips. */
  before?: number;
  align?: "left" | "center" | "right" | "both";
  indent?: { left?: number; right?: number; hanging?: number };
  /** Single solid borders: below only (a rule), or all round (a box). */
  border?: { bottom: WBorder } | { box: WBorder };
}

function borderOf(side: string, b: WBorder): Xml {
  return el(side, { "w:val": "single", "w:sz": b.size, "w:space": b.space, "w:color": "000000" });
}

/** A paragraph of a style with its runs; properties in schema order (CT_PPrBase). */
export function wParagraph(style: string, runs: Xml[], o: WParagraphOptions = {}): Xml {
  const pPr: Xml[] = [el("w:pStyle", { "w:val": style })];
  if (o.keepNext) pPr.push(el("w:keepNext"));
  if (o.keepLines) pPr.push(el("w:keepLines"));
  if (o.border) {
    const sides =
      "box" in o.border
        ? ["w:top", "w:left", "w:bottom", "w:right"].map((side) =>
            borderOf(side, (o.border as { box: WBorder }).box),
          )
        : [borderOf("w:bottom", o.border.bottom)];
    pPr.push(el("w:pBdr", undefined, sides));
  }
  if (o.before !== undefined) pPr.push(el("w:spacing", { "w:before": o.before }));
  if (o.indent) {
    const { left, right, hanging } = o.indent;
    const attrs: Record<string, number> = {};
    if (left !== undefined) attrs["w:left"] = left;
    if (right !== undefined) attrs["w:right"] = right;
    if (hanging !== undefined) attrs["w:hanging"] = hanging;
    pPr.push(el("w:ind", attrs));
  }
  if (o.align !== undefined) pPr.push(el("w:jc", { "w:val": o.align }));
  return el("w:p", undefined, [el("w:pPr", undefined, pPr), ...runs]);
}

const NO_BORDER = { "w:val": "none", "w:sz": 0, "w:space": 0, "w:color": "auto" };
const SIDES = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] as const;

/**
 * A borderless layout table (the header and signature blocks): fixed layout, no cell margins,
 * explicit twip widths in the table, the grid and every cell, rows kept on one page.
 */
export function wFrameTable(widths: number[], rows: Xml[][][]): Xml {
  const total = widths.reduce((a, b) => a + b, 0);
  const tblPr = el("w:tblPr", undefined, [
    el("w:tblW", { "w:type": "dxa", "w:w": total }),
    el(
      "w:tblBorders",
      undefined,
      SIDES.map((side) => el(side, NO_BORDER)),
    ),
    el("w:tblLayout", { "w:type": "fixed" }),
    el(
      "w:tblCellMar",
      undefined,
      ["w:top", "w:left", "w:bottom", "w:right"].map((side) => el(side, { "w:type": "dxa", "w:w": 0 })),
    ),
  ]);
  const grid = el(
    "w:tblGrid",
    undefined,
    widths.map((w) => el("w:gridCol", { "w:w": w })),
  );
  const trs = rows.map((cells) =>
    el("w:tr", undefined, [
      el("w:trPr", undefined, [el("w:cantSplit")]),
      ...cells.map((paragraphs, i) =>
        el("w:tc", undefined, [
          el("w:tcPr", undefined, [el("w:tcW", { "w:type": "dxa", "w:w": widths[i]! })]),
          ...(paragraphs.length > 0 ? paragraphs : [el("w:p")]),
        ]),
      ),
    ]),
  );
  return el("w:tbl", undefined, [tblPr, grid, ...trs]);
}

export interface WCell {
  text: string;
  style: string;
  align?: "left" | "center" | "right";
  vCenter?: boolean;
}

const BORDER = { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000" };

/** A row of a bordered table: its cells, whether it repeats as the header, whether it may break. */
export interface WRow {
  cells: WCell[];
  header?: boolean;
  cantSplit?: boolean;
}

/** A bordered table, fixed layout, the same twip widths in the table, the grid and every cell. */
export function wTable(widths: number[], rows: WRow[]): Xml {
  const total = widths.reduce((a, b) => a + b, 0);
  const tblPr = el("w:tblPr", undefined, [
    el("w:tblW", { "w:type": "dxa", "w:w": total }),
    el("w:tblBorders", undefined, [
      el("w:top", BORDER),
      el("w:left", BORDER),
      el("w:bottom", BORDER),
      el("w:right", BORDER),
      el("w:insideH", BORDER),
      el("w:insideV", BORDER),
    ]),
    el("w:tblLayout", { "w:type": "fixed" }),
    el("w:tblCellMar", undefined, [
      el("w:top", { "w:type": "dxa", "w:w": 0 }),
      el("w:left", { "w:type": "dxa", "w:w": 85 }),
      el("w:bottom", { "w:type": "dxa", "w:w": 0 }),
      el("w:right", { "w:type": "dxa", "w:w": 85 }),
    ]),
  ]);
  const grid = el(
    "w:tblGrid",
    undefined,
    widths.map((w) => el("w:gridCol", { "w:w": w })),
  );
  const trs = rows.map((row) => {
    const trPr: Xml[] = [];
    if (row.cantSplit) trPr.push(el("w:cantSplit"));
    if (row.header) trPr.push(el("w:tblHeader"));
    const tcs = row.cells.map((cell, i) => {
      const tcPr: Xml[] = [el("w:tcW", { "w:type": "dxa", "w:w": widths[i]! })];
      if (cell.vCenter) tcPr.push(el("w:vAlign", { "w:val": "center" }));
      const align = cell.align && cell.align !== "left" ? { align: cell.align } : {};
      return el("w:tc", undefined, [
        el("w:tcPr", undefined, tcPr),
        wParagraph(cell.style, wRuns(cell.text), align),
      ]);
    });
    return el("w:tr", undefined, trPr.length > 0 ? [el("w:trPr", undefined, trPr), ...tcs] : tcs);
  });
  return el("w:tbl", undefined, [tblPr, grid, ...trs]);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters docx's writer drops
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same, for replacing
const TO_ESCAPE_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeOne = (c: string) => ESCAPES[c] ?? "";
/** A value escaped as docx's XML writer escapes text and attributes (and drops C0 controls). */
export const escapeXml = (v: unknown): string => {
  if (typeof v !== "string") return String(v);
  return TO_ESCAPE.test(v) ? v.replace(TO_ESCAPE_ALL, escapeOne) : v;
};

/**
 * A writer of the body's WordprocessingML: runs, paragraphs and tables as `X`. Two of them, the
 * same elements: `WML_OBJECTS` (here: the objects docx's XML writer takes, the reference) and
 * `WML_TEXT` (wml-text.ts: the XML text itself, what `layoutToDocx` writes).
 */
export interface Wml<X> {
  runs(value: string, format?: WRunFormat): X[];
  paragraph(style: string, runs: X[], o?: WParagraphOptions): X;
  frameTable(widths: number[], rows: X[][][]): X;
  table(widths: number[], rows: WRow[]): X;
}

export const WML_OBJECTS: Wml<Xml> = {
  runs: wRuns,
  paragraph: wParagraph,
  frameTable: wFrameTable,
  table: wTable,
};
