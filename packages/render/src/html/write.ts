/**
 * The HTML writer: a layout tree to markup, by string building (one array, one join). Every
 * string from the layout passes through `escapeHtml`; the writer adds no URL, no event handler
 * and no inline script, so hostile text stays text.
 */
import { keepPhrases } from "../docx/phrases";
import { balanceLines } from "../docx/text-width";
import { FRAME_COLUMNS, TEXT_WIDTH } from "../docx/units";
import { APPENDIX_END } from "../layout/appendix";
import { DRAFT_MARK } from "../layout/frame";
import { keepDateLinePlace } from "../layout/text";
import type { AppendixLayout, Block, HeaderBlock, Layout, Run, SignatureBlock, Table } from "../layout/types";
import { escapeHtml as esc } from "./escape";
import { DOCUMENT_CSS, PAGE_CSS, ROOT_CLASS } from "./styles";

export interface LayoutToHtmlOptions {
  /** A whole page (`<!doctype html>` … `</html>`) with `@page` print styles; else a fragment. */
  standalone?: boolean;
  /** Include the `<style>` element (default true); a host that loads the styles once sets false. */
  styles?: boolean;
}

const HEADING_TAG = ["h2", "h3", "h4", "h5"] as const;
/** A point's marker: "a)", "đ)". */
const POINT = /^[a-zđ]\)$/u;

function runs(out: string[], list: readonly Run[]): void {
  for (const r of list) {
    let open = "";
    let close = "";
    if (r.bold === true) {
      open += "<strong>";
      close = `</strong>${close}`;
    } else if (r.bold === false) {
      open += '<span class="dng-n">';
      close = `</span>${close}`;
    }
    if (r.italic === true) {
      open += "<em>";
      close = `</em>${close}`;
    }
    out.push(open, esc(r.text), close);
  }
}

/**
 * A centred name or subject broken as the DOCX breaks it (`balanceLines`: even lines, fixed phrases
 * such as "ỦY BAN NHÂN DÂN" whole), one `<br>` between lines. A ruled box then shrinks to its
 * longest line, so the rule under it measures against the text, not against the column.
 */
function balanced(s: string, sizePt: number, bold: boolean, width: number): string {
  return balanceLines(keepPhrases(s), sizePt, bold, width).split("\n").map(esc).join("<br>");
}

const [LEFT_COLUMN] = FRAME_COLUMNS;

function bodyLine(s: string, bold: boolean): string {
  return balanced(s, 13, bold, LEFT_COLUMN);
}

function header(out: string[], h: HeaderBlock): void {
  const party = h.style === "party";
  out.push(
    party ? '<header class="dng-header dng-party">' : '<header class="dng-header">',
    '<table class="dng-frame" role="presentation"><tbody><tr><td class="dng-left">',
  );
  if (h.parentBody !== undefined) out.push('<p class="dng-parent">', bodyLine(h.parentBody, false), "</p>");
  if (party) {
    // Hướng dẫn 36-HD/VPTW: a centred "*" under the issuing body instead of the short rule.
    out.push('<p class="dng-issuer">', bodyLine(h.issuingBody, true), "</p>");
    out.push('<p class="dng-star" aria-hidden="true">*</p>');
    out.push('</td><td class="dng-right"><p class="dng-party-title"><span class="dng-ruled">');
    out.push(esc(h.nationalTitle), "</span></p>");
  } else {
    out.push('<p class="dng-issuer"><span class="dng-ruled">', bodyLine(h.issuingBody, true), "</span></p>");
    out.push('</td><td class="dng-right"><p class="dng-national">', esc(h.nationalTitle), "</p>");
    if (h.motto !== undefined)
      out.push('<p class="dng-motto"><span class="dng-ruled">', esc(h.motto), "</span></p>");
  }
  out.push('</td></tr><tr><td class="dng-left"><p class="dng-number">', esc(h.numberLine), "</p>");
  if (h.excerpt !== undefined) out.push('<p class="dng-excerpt">', esc(h.excerpt), "</p>");
  if (h.urgency !== undefined) out.push('<p class="dng-urgency">', esc(h.urgency), "</p>");
  out.push(
    '</td><td class="dng-right"><p class="dng-date">',
    esc(keepDateLinePlace(h.dateLine)),
    "</p></td></tr></tbody></table></header>",
  );
}

function addressees(out: string[], list: readonly string[] | undefined): void {
  if (list === undefined || list.length === 0) return;
  if (list.length === 1) {
    out.push('<p class="dng-addressees">Kính gửi: ', esc(list[0]!), "</p>");
    return;
  }
  out.push('<div class="dng-addressees">Kính gửi: <div class="dng-addressees-list">');
  for (const line of list) out.push("<p>", esc(line), "</p>");
  out.push("</div></div>");
}

function cellText(s: string): string {
  const e = esc(s);
  return e.indexOf("\n") < 0 ? e : e.split("\n").join("<br>");
}

const ALIGN_CLASS: Readonly<Record<string, string>> = {
  left: "",
  center: ' class="dng-c"',
  right: ' class="dng-r"',
};
const ROLE_CLASS: Readonly<Record<string, string>> = {
  body: "",
  basis: "dng-basis",
  closing: "dng-closing",
  center: "dng-center",
};

function table(out: string[], t: Table): void {
  out.push('<table class="dng-table">');
  if (t.caption !== undefined) out.push("<caption>", esc(t.caption), "</caption>");
  let total = 0;
  for (const c of t.columns) if (c.width > 0) total += c.width;
  out.push("<colgroup>");
  for (const c of t.columns) {
    const pct =
      total > 0 && c.width > 0 ? ((c.width / total) * 100).toFixed(3) : (100 / t.columns.length).toFixed(3);
    out.push('<col style="width:', pct, '%">');
  }
  out.push("</colgroup><thead><tr>");
  for (const c of t.columns) out.push('<th scope="col">', esc(c.title), "</th>");
  out.push("</tr></thead><tbody>");
  const n = t.columns.length;
  for (const row of t.rows) {
    out.push("<tr>");
    for (let j = 0; j < n; j++) {
      const align = t.columns[j]!.align;
      // Cells beyond the columns are kept, joined into the last one.
      const cell = j === n - 1 && row.length > n ? row.slice(j).join("\n") : (row[j] ?? "");
      out.push("<td", align === undefined ? "" : (ALIGN_CLASS[align] ?? ""), ">", cellText(cell), "</td>");
    }
    out.push("</tr>");
  }
  out.push("</tbody></table>");
}

/**
 * Heading elements follow the document's own depth: its shallowest heading level is <h2> (under
 * the kind's <h1>), so a notice, whose sections start at "1.", does not skip a level.
 */
function headingTags(list: readonly Block[]): readonly string[] {
  let top = 4;
  for (const b of list) if (b.type === "heading" && b.level < top) top = b.level;
  // Level L is <h(L − top + 2)>: four levels need <h2> to <h5> at most.
  return [1, 2, 3, 4].map((level) => HEADING_TAG[Math.max(0, level - top)] ?? "h5");
}

function blocks(out: string[], list: readonly Block[]): void {
  const tags = headingTags(list);
  for (const b of list) {
    if (b.type === "heading") {
      const tag = tags[b.level - 1] ?? "h5";
      // Points a), b)… are upright and not bold (NĐ 30), at whatever depth they sit.
      out.push(
        "<",
        tag,
        POINT.test(b.marker.trim()) ? ' class="dng-point">' : ">",
        esc(b.marker === "" ? b.text : `${b.marker} ${b.text}`),
      );
      if (b.tail !== undefined) runs(out, b.tail);
      out.push("</", tag, ">");
    } else if (b.type === "paragraph") {
      // Classes come from fixed tables, never from the layout's strings.
      const cls = ROLE_CLASS[b.role] ?? "";
      const all = b.placeholder === true ? (cls === "" ? "dng-placeholder" : `${cls} dng-placeholder`) : cls;
      out.push(all === "" ? "<p>" : `<p class="${all}">`);
      runs(out, b.runs);
      out.push("</p>");
    } else {
      table(out, b.table);
    }
  }
}

function signature(out: string[], s: SignatureBlock): void {
  out.push(
    '<footer class="dng-signature"><table class="dng-frame" role="presentation"><tbody><tr><td class="dng-left">',
  );
  out.push('<p class="dng-recipients-heading">', esc(s.recipientsHeading), "</p>");
  for (const r of s.recipients) out.push('<p class="dng-recipient">', esc(r), "</p>");
  out.push('</td><td class="dng-right">');
  for (const a of s.authorityLines) out.push('<p class="dng-authority">', esc(a), "</p>");
  out.push('<div class="dng-sign-space"></div><p class="dng-name">', esc(s.name), "</p>");
  out.push("</td></tr></tbody></table></footer>");
}

/** The small note of the digital signatures, one line each, after the signature block. */
function signedNote(out: string[], lines: readonly string[] | undefined): void {
  if (lines === undefined || lines.length === 0) return;
  out.push('<div class="dng-signed">');
  for (const line of lines) out.push("<p>", esc(line), "</p>");
  out.push("</div>");
}

function appendix(out: string[], a: AppendixLayout): void {
  // The appendix keeps the width of its page's text and scrolls sideways on a narrow screen:
  // words are never squeezed or cut, and the rule keeps measuring against its line.
  out.push('<section class="dng-page dng-appendix', a.landscape ? " dng-landscape" : "", '">');
  out.push('<div class="dng-scroll"><div class="dng-appendix-body">');
  out.push('<p class="dng-appendix-label">', esc(a.label), "</p>");
  out.push('<h2 class="dng-appendix-title">', esc(a.title), "</h2>");
  // "(Kèm theo …)" with a short rule under it.
  const width = a.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  out.push(
    '<p class="dng-attached"><span class="dng-ruled">',
    balanced(a.attachedTo, 14, false, width),
    "</span></p>",
  );
  table(out, a.table);
  if (a.note !== undefined) out.push('<p class="dng-note">', esc(a.note), "</p>");
  out.push('<p class="dng-end">', esc(APPENDIX_END), "</p></div></div></section>");
}

/** The `.dng-doc` element: the document's sheet(s) and appendices. */
function documentMarkup(out: string[], layout: Layout): void {
  out.push(`<div class="${ROOT_CLASS}" lang="vi">`, '<article class="dng-page dng-main">');
  // A draft says so on its sheet, on screen and in print, as the DOCX does in its first page's header.
  if (layout.draft) out.push('<p class="dng-draft-mark" role="note">', esc(DRAFT_MARK), "</p>");
  header(out, layout.header);
  if (layout.kindTitle !== "") {
    out.push('<h1 class="dng-kind">', esc(layout.kindTitle), "</h1>");
    out.push(
      '<p class="dng-subject"><span class="dng-ruled">',
      balanced(layout.subject, 14, true, TEXT_WIDTH.portrait),
      "</span></p>",
    );
  }
  addressees(out, layout.addressees);
  out.push('<div class="dng-body">');
  blocks(out, layout.body);
  out.push("</div>");
  signature(out, layout.signature);
  signedNote(out, layout.digitalSignatures);
  out.push("</article>");
  for (const a of layout.appendices) appendix(out, a);
  out.push("</div>");
}

/**
 * Markup of a layout: a standalone page, or a fragment whose styles are all scoped under
 * `.dng-doc`.
 */
export function layoutToHtml(layout: Layout, opts: LayoutToHtmlOptions = {}): string {
  const out: string[] = [];
  const styles = opts.styles !== false;
  if (opts.standalone === true) {
    out.push(
      '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n',
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
      "<title>",
      esc(layout.title),
      "</title>\n",
    );
    if (styles) out.push("<style>\n", PAGE_CSS, "\n", DOCUMENT_CSS, "\n</style>\n");
    out.push("</head>\n<body>\n");
    documentMarkup(out, layout);
    out.push("\n</body>\n</html>\n");
  } else {
    if (styles) out.push("<style>\n", DOCUMENT_CSS, "\n</style>\n");
    documentMarkup(out, layout);
  }
  return out.join("");
}
