/**
 * Styles of the HTML writer. Every selector of `DOCUMENT_CSS` starts with the root class
 * `.dng-doc`, so a fragment's styles never reach the host page; a reset on the root (`all:
 * revert`) keeps the host's element styles (`p { margin: 0 }`, `table { … }`) from reaching in.
 * `PAGE_CSS` adds what only a standalone page may have: `@page` (A4, NĐ 30 margins, page numbers
 * in the top margin from page 2) and the grey screen background around the sheets.
 *
 * Measures follow NĐ 30/2020 (FORMAT-ND30.md): Times New Roman; body 14 pt justified with a
 * 1.27 cm first-line indent and 6 pt between paragraphs; Quốc hiệu 13 pt bold; Tiêu ngữ 14 pt
 * bold with a rule as long as the text; issuing body 13 pt bold with a rule of 2/5 of its text;
 * date line italic; "Nơi nhận:" 12 pt bold italic, the list 11 pt; margins 20/15/20/30 mm.
 */

/** The class on the root element of every rendering. */
export const ROOT_CLASS = "dng-doc";

const R = `.${ROOT_CLASS}`;

/** Scoped styles: the document, its sheets, frame, body, signature block and tables. */
export const DOCUMENT_CSS = [
  // Reset: host styles on elements do not reach in.
  `${R},${R} *,${R} *::before,${R} *::after{all:revert;box-sizing:border-box}`,
  `${R}{display:block;font-family:"Times New Roman",Times,"Liberation Serif","Nimbus Roman",serif;font-size:14pt;line-height:1.25;color:#000;text-align:left;font-weight:normal;font-style:normal;letter-spacing:normal;word-spacing:normal;text-transform:none;-webkit-text-size-adjust:100%}`,
  `${R} p,${R} h1,${R} h2,${R} h3,${R} h4,${R} h5{margin:0;padding:0;font-size:inherit;font-family:inherit;color:inherit}`,
  // The sheet: A4 on screen, the page itself in print.
  `${R} .dng-page{width:210mm;max-width:100%;min-height:297mm;margin:0 auto 8mm;padding:20mm 15mm 20mm 30mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.35);overflow-wrap:break-word}`,
  `${R} .dng-page.dng-landscape{width:297mm;min-height:210mm}`,
  // A window narrower than the sheet: thinner margins on screen, more room for the text.
  `@media screen and (max-width:640px){${R} .dng-page{padding:8mm 4mm}}`,
  // Header block: two borderless columns (official template ≈ 67.5 mm | 100 mm).
  `${R} .dng-frame{width:100%;border-collapse:collapse;border:0;table-layout:fixed}`,
  `${R} .dng-frame td{padding:0;border:0;vertical-align:top;text-align:center}`,
  `${R} .dng-frame .dng-left{width:39.4%}`,
  `${R} .dng-frame .dng-right{width:60.6%}`,
  `${R} .dng-parent{font-size:13pt}`,
  `${R} .dng-parent,${R} .dng-issuer,${R} .dng-subject,${R} .dng-appendix-title{text-wrap:balance}`,
  `${R} .dng-issuer{font-size:13pt;font-weight:bold}`,
  `${R} .dng-national{font-size:13pt;font-weight:bold;white-space:nowrap}`,
  `${R} .dng-motto{font-size:14pt;font-weight:bold;white-space:nowrap}`,
  // A ruled box shrinks to its longest line (lines are broken by the writer): the rule is 40 % of
  // the text (NĐ 30: 1/3 to 1/2), clear of the diacritics below the last line.
  `${R} .dng-ruled{display:inline-block;position:relative;padding-bottom:4pt;max-width:100%}`,
  // On a sheet narrower than A4 the ruled lines shrink with it instead of wrapping again, so the
  // rule keeps measuring against the longest line: 13 pt in the 65 mm column is 7.05 % of its
  // width, 14 pt in 165 mm 2.99 %; never below 9 pt.
  `${R} .dng-issuer,${R} .dng-subject{container-type:inline-size}`,
  `${R} .dng-issuer .dng-ruled{font-size:clamp(9pt,7.05cqw,13pt)}`,
  `${R} .dng-subject .dng-ruled{font-size:clamp(9pt,2.99cqw,14pt)}`,
  `${R} .dng-ruled::after{content:"";position:absolute;left:30%;right:30%;bottom:0;border-bottom:1px solid #000}`,
  `${R} .dng-motto .dng-ruled::after{left:0;right:0}`,
  `${R} .dng-number{font-size:13pt;white-space:pre-wrap;padding-top:6pt}`,
  `${R} .dng-excerpt{font-size:13pt;padding-top:6pt;margin:0}`,
  `${R} .dng-date{font-style:italic;white-space:pre-wrap;padding-top:6pt}`,
  // Urgency stamp (NĐ 30, Phụ lục I §III.2b): 20 × 8 mm for KHẨN, wider for longer words.
  `${R} .dng-urgency{display:inline-block;min-width:20mm;height:8mm;line-height:8mm;margin-top:6pt;padding:0 6pt;border:1px solid #000;font-size:13pt;font-weight:bold;text-align:center;white-space:nowrap}`,
  // Party header (Hướng dẫn 36-HD/VPTW): "*" under the issuing body, the title 15 pt bold ruled its full length.
  `${R} .dng-star{font-size:13pt;line-height:1.1}`,
  `${R} .dng-party-title{font-size:15pt;font-weight:bold;white-space:nowrap}`,
  `${R} .dng-party-title .dng-ruled::after{left:0;right:0}`,
  // Kind, subject, addressees.
  `${R} h1.dng-kind{margin-top:18pt;font-size:14pt;font-weight:bold;text-align:center}`,
  `${R} .dng-subject{font-weight:bold;text-align:center}`,
  `${R} .dng-addressees{margin:12pt 0 0;text-align:center}`,
  `${R} .dng-addressees-list{display:inline-block;text-align:left;vertical-align:top}`,
  // Body: justified, first-line indent, 6 pt between paragraphs.
  `${R} .dng-body{margin-top:12pt}`,
  `${R} .dng-body p,${R} .dng-body h2,${R} .dng-body h3,${R} .dng-body h4,${R} .dng-body h5{margin:0 0 6pt;text-align:justify;text-indent:1.27cm}`,
  `${R} .dng-body h2,${R} .dng-body h3,${R} .dng-body h4,${R} .dng-body h5{font-weight:bold;font-size:14pt;break-after:avoid}`,
  `${R} .dng-body .dng-point{font-weight:normal;font-style:normal}`,
  `${R} .dng-n{font-weight:normal}`,
  `${R} .dng-basis{font-style:italic}`,
  `${R} .dng-center{text-align:center;text-indent:0}`,
  `${R} .dng-placeholder{color:#666}`,
  `${R} strong{font-weight:bold}`,
  `${R} em{font-style:italic}`,
  // Signature block: "Nơi nhận:" | authority, room to sign, name.
  `${R} .dng-signature{margin-top:12pt;break-inside:avoid}`,
  `${R} .dng-signature .dng-left{width:45%;text-align:left}`,
  `${R} .dng-signature .dng-right{width:55%}`,
  `${R} .dng-recipients-heading{font-size:12pt;font-weight:bold;font-style:italic}`,
  `${R} .dng-recipient{font-size:11pt}`,
  `${R} .dng-authority{font-weight:bold}`,
  `${R} .dng-sign-space{height:28mm}`,
  `${R} .dng-name{font-weight:bold}`,
  // Digital signatures: metadata, a small grey note under the signature block.
  `${R} .dng-signed{margin-top:12pt;font-size:10pt;line-height:1.3;color:#555}`,
  // Appendices.
  `${R} .dng-appendix-label{font-weight:bold;text-align:center}`,
  `${R} h2.dng-appendix-title{font-size:14pt;font-weight:bold;text-align:center}`,
  `${R} .dng-attached{font-style:italic;text-align:center;white-space:pre-wrap;margin-bottom:12pt}`,
  `${R} .dng-end{text-align:right;margin-top:6pt}`,
  // An appendix's table keeps the widths of its page and scrolls on a narrow screen: words are
  // never squeezed or cut inside.
  `${R} .dng-appendix{overflow-wrap:normal}`,
  `${R} .dng-scroll{overflow-x:auto}`,
  `${R} .dng-appendix-body{min-width:165mm}`,
  `${R} .dng-landscape .dng-appendix-body{min-width:252mm}`,
  `${R} .dng-appendix th,${R} .dng-appendix td{overflow-wrap:normal;word-break:normal;hyphens:manual}`,
  // A draft's mark: top right of its sheet, on screen and in print.
  `${R} .dng-draft-mark{display:block;width:fit-content;margin:0 0 4pt auto;padding:1pt 6pt;border:1px solid #000;font-size:13pt;font-weight:bold}`,
  `${R} .dng-note{font-style:italic;margin-top:6pt}`,
  // Data tables: explicit column widths, header row repeated on each printed page.
  `${R} .dng-table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 6pt;font-size:12pt;line-height:1.2}`,
  `${R} .dng-table caption{font-weight:bold;font-size:14pt;padding-bottom:6pt}`,
  `${R} .dng-table th,${R} .dng-table td{border:1px solid #000;padding:2pt 4pt;vertical-align:top;text-align:left}`,
  `${R} .dng-table th{font-weight:bold;text-align:center;vertical-align:middle}`,
  `${R} .dng-table thead{display:table-header-group}`,
  `${R} .dng-table tr{break-inside:avoid}`,
  `${R} .dng-table .dng-c{text-align:center}`,
  `${R} .dng-table .dng-r{text-align:right}`,
  // Print: the sheets become pages.
  `@media print{${R} .dng-page,${R} .dng-page.dng-landscape{width:auto;max-width:none;min-height:0;margin:0;padding:0;box-shadow:none}${R} .dng-page+.dng-page{break-before:page}${R} .dng-landscape{page:dng-landscape}}`,
].join("\n");

/** Page-level styles of a standalone page (never in a fragment: `@page` and `body` are global). */
export const PAGE_CSS = [
  // Page numbers centred in the top margin, not on page 1 (NĐ 30).
  '@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:13pt}}',
  "@page:first{@top-center{content:none}}",
  // A landscape appendix page is numbered as the portrait ones are.
  '@page dng-landscape{size:A4 landscape;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:13pt}}',
  "html{background:#e6e6e6}",
  "body{margin:0;padding:8mm 0}",
  "@media print{html{background:none}body{padding:0}}",
].join("\n");
