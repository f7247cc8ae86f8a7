/**
 * Paragraph styles: the formatting lives here once, so each paragraph and run of the document
 * carries only a style id and its emphasis. Smaller XML, faster to write, and a clerk who edits the
 * DOCX in Word finds named styles ("Nd Body", "Heading 1") rather than direct formatting.
 */
import { AlignmentType, type IStylesOptions, LineRuleType } from "./adapter";
import { FIRST_LINE, FONT, LINE, PARA_SPACING, SIZE } from "./units";

export const STYLE = {
  body: "NdBody",
  basis: "NdBasis",
  center: "NdCenter",
  frame: "NdFrame",
  rule: "NdRule",
  title: "NdTitle",
  cell: "NdCell",
  cellHead: "NdCellHead",
  recipients: "NdRecipients",
  pageNumber: "NdPageNumber",
  /** An unnumbered lead-in or a numbered head run into its sentence: body text, not an outline heading. */
  lead: "NdLead",
  heading: ["Heading1", "Heading2", "Heading3", "Heading4"],
} as const;

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const single = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
const body = { before: PARA_SPACING, after: 0, line: LINE, lineRule: LineRuleType.AUTO };

function heading(level: 1 | 2 | 3 | 4) {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { keepNext: true, outlineLevel: level - 1 },
    // Points a), b)… (level 4) are upright (NĐ 30, Phụ lục I §II.5đ); the writer unbolds them.
    run: { bold: true, italics: false },
  };
}

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font, size: SIZE.pt14, language: { value: "vi-VN" }, color: "000000" },
      // Widow/orphan control is added to these defaults by `ownStyles` (adapter.ts): docx has no option for it.
      paragraph: { spacing: single },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: "Nd Body",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE }, spacing: body },
    },
    { id: STYLE.basis, name: "Nd Basis", basedOn: STYLE.body, run: { italics: true } },
    // Body text that opens with a bold head ("5. Nhiệm vụ của …: quan tâm rà soát …"): no outline level.
    { id: STYLE.lead, name: "Nd Lead", basedOn: STYLE.body, next: STYLE.body },
    {
      id: STYLE.center,
      name: "Nd Center",
      basedOn: "Normal",
      paragraph: { alignment: AlignmentType.CENTER, spacing: body },
    },
    heading(1),
    heading(2),
    heading(3),
    heading(4),
    {
      id: STYLE.frame,
      name: "Nd Frame",
      basedOn: "Normal",
      paragraph: { alignment: AlignmentType.CENTER, spacing: single, keepLines: true },
    },
    {
      id: STYLE.title,
      name: "Nd Title",
      basedOn: "Normal",
      paragraph: { alignment: AlignmentType.CENTER, spacing: single, keepNext: true, keepLines: true },
      run: { bold: true },
    },
    {
      // An empty paragraph whose bottom border is the rule; indents set its length.
      id: STYLE.rule,
      name: "Nd Rule",
      basedOn: "Normal",
      paragraph: { spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT }, keepNext: true },
      run: { size: 4 },
    },
    {
      id: STYLE.cell,
      name: "Nd Cell",
      basedOn: "Normal",
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      run: { size: SIZE.pt12 },
    },
    {
      id: STYLE.cellHead,
      name: "Nd Cell Head",
      basedOn: STYLE.cell,
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      run: { bold: true },
    },
    {
      id: STYLE.recipients,
      name: "Nd Recipients",
      basedOn: "Normal",
      paragraph: { alignment: AlignmentType.LEFT, spacing: single },
      run: { size: SIZE.pt11 },
    },
    {
      id: STYLE.pageNumber,
      name: "Nd Page Number",
      basedOn: "Normal",
      paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      run: { size: SIZE.pt14 },
    },
  ],
};

/**
 * The ids of every style the document keeps: render's own and the two defaults Word needs
 * (Normal, Normal Table). docx's other built-in styles (Title 28 pt, blue Heading 5–6, blue
 * underlined Hyperlink, footnote and TOC styles…) are dropped from styles.xml (adapter.ts), so a
 * clerk finds only NĐ 30 styles to pick.
 */
export const KEPT_STYLE_IDS: ReadonlySet<string> = new Set([
  "Normal",
  "TableNormal",
  ...(STYLES.paragraphStyles ?? []).map((s) => s.id),
]);
