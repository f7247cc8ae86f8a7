/**
 * NĐ 30/2020 measures in DOCX units: twips (1/20 pt, 1/1440 in) and half-points for font sizes.
 * See shared/domain/FORMAT-ND30.md.
 */
import { TEXT_WIDTH } from "../layout/page";

/** mm → twips, rounded to the nearest (docx's own helper rounds down: 20 mm → 1133). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/**
 * A4 (a landscape section passes these with orientation LANDSCAPE), the margins and the text
 * width: the layout's own (layout/page.ts), so tables sized by the layout fill the page exactly.
 */
export { MARGIN, PAGE, TEXT_WIDTH } from "../layout/page";

/** Font sizes in half-points. */
export const SIZE = { pt11: 22, pt12: 24, pt13: 26, pt14: 28, pt15: 30 } as const;

/** First-line indent of body text: 1.27 cm. */
export const FIRST_LINE = 720;
/** Space between paragraphs: 6 pt. */
export const PARA_SPACING = 120;
/** Line spacing of body text in 240ths of a line: 1.15 lines (NĐ 30 allows single to 1.5). */
export const LINE = 276;

/**
 * Columns of the two borderless frame tables (header block and signature block). The official
 * template's header columns are about 67.5 mm and 100 mm; the left one is 65 mm here so that the
 * table stays inside the 165 mm text area instead of reaching into the left margin.
 */
export const FRAME_COLUMNS = [TEXT_WIDTH.portrait - mm(100), mm(100)] as const;

export const FONT = "Times New Roman";
