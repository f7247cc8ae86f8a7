/**
 * The NĐ 30 frame: the header block (two borderless columns), the kind and subject, "Kính gửi",
 * and the signature block (two borderless columns), after Phụ lục III, Mẫu 1.4.
 */
import { keepDateLinePlace } from "../layout/text";
import type { HeaderBlock, Layout, SignatureBlock } from "../layout/types";
import { para, rule } from "./paragraphs";
import { keepPhrases } from "./phrases";
import { STYLE } from "./styles";
import { balanceLines, lineWidthTwips, textWidthTwips } from "./text-width";
import { FRAME_COLUMNS, mm, SIZE, TEXT_WIDTH } from "./units";
import type { Wml } from "./wml";

/** Share of the text a short rule covers: NĐ 30 asks for 1/3 to 1/2. */
const SHORT_RULE = 0.4;
/** Room between the authority lines and the name, for the signature and the seal (≈ 3 cm). */
const SIGNATURE_SPACE = 1700;

function frameTable<X>(w: Wml<X>, rows: X[][][]): X {
  return w.frameTable([...FRAME_COLUMNS], rows);
}

/**
 * Header block. State (NĐ 30): parent and issuing body, short rule, number | Quốc hiệu, Tiêu ngữ,
 * rule, place and date. Party (Hướng dẫn 36-HD/VPTW): parent and issuing body, "*", "Số 21-KH/ĐU"
 * | "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold) and a rule as long as it, place and date.
 */
export function headerTable<X>(w: Wml<X>, header: HeaderBlock): X {
  const party = header.style === "party";
  const [left, right] = FRAME_COLUMNS;
  // 13 pt in both styles: a committee's name ("BAN THƯỜNG VỤ ĐẢNG ỦY") stays on one line of the 65 mm column.
  // Fixed phrases ("ỦY BAN NHÂN DÂN", Quốc hiệu, Tiêu ngữ) never break inside (phrases.ts).
  const issuingBody = balanceLines(keepPhrases(header.issuingBody), 13, true, left);
  const nationalTitle = keepPhrases(header.nationalTitle);
  const motto = header.motto === undefined ? undefined : keepPhrases(header.motto);
  const leftTop: X[] = [
    ...(header.parentBody
      ? [
          para(w, STYLE.frame, balanceLines(keepPhrases(header.parentBody), 13, false, left), {
            size: SIZE.pt13,
          }),
        ]
      : []),
    para(w, STYLE.frame, issuingBody, { size: SIZE.pt13, bold: true }),
    party
      ? para(w, STYLE.frame, "*", { size: SIZE.pt13 })
      : rule(w, left, lineWidthTwips(issuingBody, 13, true, left) * SHORT_RULE),
  ];
  const rightTop: X[] = party
    ? [
        para(w, STYLE.frame, nationalTitle, { size: SIZE.pt15, bold: true }),
        rule(w, right, lineWidthTwips(nationalTitle, 15, true, right)),
      ]
    : [
        para(w, STYLE.frame, nationalTitle, { size: SIZE.pt13, bold: true }),
        ...(motto
          ? [
              para(w, STYLE.frame, motto, { size: SIZE.pt14, bold: true }),
              rule(w, right, lineWidthTwips(motto, 14, true, right)),
            ]
          : [rule(w, right, lineWidthTwips(nationalTitle, 13, true, right))]),
      ];
  // Number and date on one row, so that they stand on the same line whatever is above them.
  const leftBottom: X[] = [para(w, STYLE.frame, header.numberLine, { size: SIZE.pt13 }, { before: 80 })];
  if (header.excerpt)
    leftBottom.push(para(w, STYLE.frame, header.excerpt, { size: SIZE.pt13 }, { before: 120 }));
  if (header.urgency) leftBottom.push(urgencyMark(w, header.urgency, left));
  const rightBottom = [
    para(
      w,
      STYLE.frame,
      keepDateLinePlace(header.dateLine),
      { size: SIZE.pt14, italics: true },
      { before: 80 },
    ),
  ];
  return frameTable(w, [
    [leftTop, rightTop],
    [leftBottom, rightBottom],
  ]);
}

/** Width of the urgency stamp (NĐ 30, Phụ lục I §III.2b): KHẨN 20 mm, HỎA TỐC 30 mm, THƯỢNG KHẨN 40 mm. */
const URGENCY_WIDTH: Readonly<Record<string, number>> = {
  KHẨN: mm(20),
  "HỎA TỐC": mm(30),
  "HOẢ TỐC": mm(30),
  "THƯỢNG KHẨN": mm(40),
};

/** Urgency (ô 10b): upper case, bold, in a single-line box of the stamp's size. */
function urgencyMark<X>(w: Wml<X>, text: string, boxWidth: number): X {
  const space = 3;
  const stamp = URGENCY_WIDTH[text];
  const textWidth = textWidthTwips(text, 13, true);
  const width = stamp === undefined ? textWidth + 400 : Math.max(stamp, textWidth + 120);
  // The border stands `space` points outside the indents: the box drawn is `width` wide.
  const side = Math.max(0, Math.floor((boxWidth - width) / 2) + space * 20);
  return para(
    w,
    STYLE.frame,
    text,
    { size: SIZE.pt13, bold: true },
    { before: 160, indent: { left: side, right: side }, border: { box: { size: 8, space } } },
  );
}

/** Kind ("BÁO CÁO"), subject (one or more lines) and the short rule under it. */
export function titleBlock<X>(w: Wml<X>, layout: Layout): X[] {
  if (layout.kindTitle === "") return [];
  const width = TEXT_WIDTH.portrait;
  const subject = balanceLines(keepPhrases(layout.subject), 14, true, width);
  return [
    para(w, STYLE.title, layout.kindTitle, {}, { before: 360 }),
    para(w, STYLE.title, subject),
    rule(w, width, lineWidthTwips(subject, 14, true, width) * SHORT_RULE, 60),
  ];
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
export function addresseesBlock<X>(w: Wml<X>, addressees: readonly string[] | undefined): X[] {
  if (!addressees || addressees.length === 0) return [];
  if (addressees.length === 1) {
    return [para(w, STYLE.center, `Kính gửi: ${addressees[0]}`, {}, { before: 240 })];
  }
  const start = 1701;
  const under = start + textWidthTwips("Kính gửi", 14);
  return [
    para(w, STYLE.frame, "Kính gửi:", {}, { align: "left", indent: { left: start }, before: 240 }),
    ...addressees.map((line) => {
      const hanging = markerWidth(line, 14);
      return para(w, STYLE.frame, line, {}, { align: "left", indent: { left: under + hanging, hanging } });
    }),
  ];
}

/** Signature block: "Nơi nhận:" and the list | authority lines, room to sign, the name. */
export function signatureTable<X>(w: Wml<X>, signature: SignatureBlock): X {
  const leftCell: X[] = [
    para(
      w,
      STYLE.recipients,
      signature.recipientsHeading,
      { size: SIZE.pt12, bold: true, italics: true },
      { before: 240 },
    ),
    ...signature.recipients.map((line) => {
      // A "- …" line that wraps under its text, not under the dash.
      const hanging = markerWidth(line, 11);
      return para(w, STYLE.recipients, line, {}, hanging > 0 ? { indent: { left: hanging, hanging } } : {});
    }),
  ];
  const rightCell: X[] = [
    ...signature.authorityLines.map((line, i) =>
      para(w, STYLE.frame, keepPhrases(line), { bold: true }, i === 0 ? { before: 240 } : {}),
    ),
    para(w, STYLE.frame, signature.name, { bold: true }, { before: SIGNATURE_SPACE }),
  ];
  return frameTable(w, [[leftCell, rightCell]]);
}
