/**
 * Fixed phrases of the frame that a line never breaks inside: "ỦY BAN NHÂN DÂN / XÃ CHI LĂNG",
 * never "ỦY BAN NHÂN / DÂN XÃ CHI LĂNG"; "6 tháng đầu năm" whole; a place name whole ("TỈNH BÀ RỊA -
 * VŨNG TÀU", never "ỦY BAN NHÂN DÂN TỈNH / BÀ RỊA - VŨNG TÀU"). Their spaces become no-break
 * spaces (U+00A0), so they hold in Word and LibreOffice and when a clerk edits the line.
 */

import { keepNames, NBSP } from "../layout/text";

export { NBSP };

/**
 * The phrases, case-insensitive, as regular expressions over words separated by single spaces:
 * names of bodies, Quốc hiệu and Tiêu ngữ, and periods that read as one unit.
 */
const FIXED: readonly RegExp[] = [
  /(?:ỦY|UỶ) BAN NHÂN DÂN/giu,
  /HỘI ĐỒNG NHÂN DÂN/giu,
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/giu,
  /CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/giu,
  /ĐẢNG CỘNG SẢN VIỆT NAM/giu,
  /Độc lập - Tự do - Hạnh phúc/giu,
  /(?<![\p{L}\p{N}])\d{1,2} tháng (?:đầu|cuối) năm(?: \d{4})?(?![\p{L}\p{N}])/giu,
];

/** `text` with the spaces inside its fixed phrases and its place names (`keepNames`) made no-break. */
export function keepPhrases(text: string): string {
  return keepNames(
    FIXED.reduce((s, re) => s.replace(re, (m) => m.replace(/ /g, NBSP)), text.normalize("NFC")),
  );
}
