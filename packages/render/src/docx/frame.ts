/**
 * The NĐ 30 frame: the header block (two borderless columns), the kind and subject, "Kính gửi",
 * and the signature block (two borderless columns), after Phụ lục III, Mẫu 1.4.
 */
import type { HeaderBlock, Layout, SignatureBlock } from "../layout/types";
import { para, rule } from "./paragraphs";
import { STYLE } from "./styles";
import { balanceLines, lineWidthTwips, textWidthTwips } from "./text-width";
import { FRAME_COLUMNS, SIZE, TEXT_WIDTH } from "./units";
import { RawBlock, wFrameTable, type Xml } from "./wml";

/** Share of the text a short rule covers: NĐ 30 asks for 1/3 to 1/2. */
const SHORT_RULE = 0.4;
/** Room between the authority lines and the name, for the signature and the seal (≈ 3 cm). */
const SIGNATURE_SPACE = 1700;

function frameTable(rows: Xml[][][]): RawBlock {
  return new RawBlock(wFrameTable([...FRAME_COLUMNS], rows));
}

/** Header block: parent and issuing body, rule, number | Quốc hiệu, Tiêu ngữ, rule, place and date. */
export function headerTable(header: HeaderBlock): RawBlock {
  const [left, right] = FRAME_COLUMNS;
  const issuingBody = balanceLines(header.issuingBody, 13, true, left);
  const leftTop: Xml[] = [
    ...(header.parentBody
      ? [para(STYLE.frame, balanceLines(header.parentBody, 13, false, left), { size: SIZE.pt13 })]
      : []),
    para(STYLE.frame, issuingBody, { size: SIZE.pt13, bold: true }),
    rule(left, lineWidthTwips(issuingBody, 13, true, left) * SHORT_RULE),
  ];
  const rightTop: Xml[] = [
    para(STYLE.frame, header.nationalTitle, { size: SIZE.pt13, bold: true }),
    para(STYLE.frame, header.motto, { size: SIZE.pt14, bold: true }),
    rule(right, lineWidthTwips(header.motto, 14, true, right)),
  ];
  // Number and date on one row, so that they stand on the same line whatever is above them.
  const leftBottom: Xml[] = [para(STYLE.frame, header.numberLine, { size: SIZE.pt13 }, { before: 80 })];
  if (header.urgency) leftBottom.push(urgencyMark(header.urgency, left));
  const rightBottom = [
    para(STYLE.frame, header.dateLine, { size: SIZE.pt14, italics: true }, { before: 80 }),
  ];
  return frameTable([
    [leftTop, rightTop],
    [leftBottom, rightBottom],
  ]);
}

/** Urgency (ô 10b): upper case, bold, in a single-line box. */
function urgencyMark(text: string, boxWidth: number): Xml {
  const width = textWidthTwips(text, 13, true) + 400;
  const side = Math.max(0, Math.floor((boxWidth - width) / 2));
  return para(
    STYLE.frame,
    text,
    { size: SIZE.pt13, bold: true },
    { before: 120, indent: { left: side, right: side }, border: { box: { size: 8, space: 2 } } },
  );
}

/** Kind ("BÁO CÁO"), subject (one or more lines) and the short rule under it. */
export function titleBlock(layout: Layout): RawBlock[] {
  const subject = balanceLines(layout.subject, 14, true, TEXT_WIDTH);
  return [
    para(STYLE.title, layout.kindTitle, {}, { before: 360 }),
    para(STYLE.title, subject),
    rule(TEXT_WIDTH, lineWidthTwips(subject, 14, true, TEXT_WIDTH) * SHORT_RULE, 60),
  ].map((xml) => new RawBlock(xml));
}

/** The width of a "- " or "+ " marker at the start of a line, for a hanging indent; 0 without. */
function markerWidth(line: string, sizePt: number): number {
  const marker = /^[-+•]\s+/.exec(line)?.[0];
  return marker ? textWidthTwips(marker, sizePt) : 0;
}

/**
 * "Kính gửi:" — one addressee on the same line; several on lines of their own, aligned under the
 * colon (NĐ 30, Phụ lục I §II.9d).
 */
export function addresseesBlock(addressees: readonly string[] | undefined): RawBlock[] {
  if (!addressees || addressees.length === 0) return [];
  if (addressees.length === 1) {
    return [new RawBlock(para(STYLE.center, `Kính gửi: ${addressees[0]}`, {}, { before: 240 }))];
  }
  const start = 1701;
  const under = start + textWidthTwips("Kính gửi", 14);
  return [
    para(STYLE.frame, "Kính gửi:", {}, { align: "left", indent: { left: start }, before: 240 }),
    ...addressees.map((line) => {
      const hanging = markerWidth(line, 14);
      return para(STYLE.frame, line, {}, { align: "left", indent: { left: under + hanging, hanging } });
    }),
  ].map((xml) => new RawBlock(xml));
}

/** Signature block: "Nơi nhận:" and the list | authority lines, room to sign, the name. */
export function signatureTable(signature: SignatureBlock): RawBlock {
  const leftCell: Xml[] = [
    para(
      STYLE.recipients,
      signature.recipientsHeading,
      { size: SIZE.pt12, bold: true, italics: true },
      { before: 240 },
    ),
    ...signature.recipients.map((line) => {
      // A "- …" line that wraps under its text, not under the dash.
      const hanging = markerWidth(line, 11);
      return para(STYLE.recipients, line, {}, hanging > 0 ? { indent: { left: hanging, hanging } } : {});
    }),
  ];
  const rightCell: Xml[] = [
    ...signature.authorityLines.map((line, i) =>
      para(STYLE.frame, line, { bold: true }, i === 0 ? { before: 240 } : {}),
    ),
    para(STYLE.frame, signature.name, { bold: true }, { before: SIGNATURE_SPACE }),
  ];
  return frameTable([[leftCell, rightCell]]);
}
