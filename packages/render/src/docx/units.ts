/**
 * NĐ 30/2020 measures in DOCX units: twips (1/20 pt, 1/1440 in) and half-points for font sizes.
 * See shared/domain/FORMAT-ND30.md.
 */

/** mm → twips, rounded to the nearest (docx's own helper rounds down: 20 mm → 1133). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait; a landscape section passes these with orientation LANDSCAPE. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** Margins inside the allowed ranges: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;

/** Width of the text area of a portrait page: 9355 twips (165 mm). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Width of the text area of a landscape page: 14287 twips (252 mm). */
export const TEXT_WIDTH_LANDSCAPE = PAGE.height - MARGIN.left - MARGIN.right;

/** Font sizes in half-points. */
export const SIZE = { pt11: 22, pt12: 24, pt13: 26, pt14: 28 } as const;

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
export const FRAME_COLUMNS = [TEXT_WIDTH - mm(100), mm(100)] as const;

export const FONT = "Times New Roman";
