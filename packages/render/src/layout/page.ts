/**
 * The page both writers lay out on, in twips (1/20 pt): A4 and NĐ 30/2020 margins (top and bottom
 * 20 mm, left 30 mm, right 15 mm), and the width of the text area left between the margins. The
 * layout sizes its tables to `TEXT_WIDTH` and the DOCX writer sets its pages and frame tables from
 * the same numbers, so a table always fills the text area exactly.
 */

/** A4 in twips (portrait; a landscape page swaps them). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** Margins inside NĐ 30's ranges (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm); header/footer distance 10 mm. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;

/**
 * Width of the text area in twips: the page less the left and right margins — 9355 portrait
 * (165 mm), 14287 landscape (252 mm). The one source for the layout's tables and the DOCX writer.
 */
export const TEXT_WIDTH = {
  portrait: PAGE.width - MARGIN.left - MARGIN.right,
  landscape: PAGE.height - MARGIN.left - MARGIN.right,
} as const;
