/**
 * (b) The NĐ 30 frame, asserted on the XML of every rendered DOCX: A4 and margins, Times New Roman
 * 14 pt, the page number in the header from page 2 (titlePage), the header block with Quốc hiệu
 * and Tiêu ngữ, "Nơi nhận", explicit table widths.
 */

import { isPartySymbol } from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  attr,
  docxParts,
  paragraphTexts,
  part,
  sectionHeaders,
  sections,
} from "../../packages/render/src/docx/testing/inspect";
import { type Case, renderExamples, renderLayouts } from "./cases";

const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";
const TNR = "Times New Roman";

function checkFrame(c: Case, party = false) {
  const excerpt = c.doc?.frame.excerpt !== undefined;
  const parts = docxParts(c.bytes);
  const doc = part(parts, "word/document.xml");
  const rels = part(parts, "word/_rels/document.xml.rels");
  const styles = part(parts, "word/styles.xml");
  const all = sections(doc);

  // Page: A4 portrait, margins inside NĐ 30's ranges, first page without a number.
  const main = all[0]!;
  expect(main).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  const margin = (side: string) => Number(attr(main, "w:pgMar", `w:${side}`));
  expect(margin("top")).toBeGreaterThanOrEqual(1134);
  expect(margin("top")).toBeLessThanOrEqual(1417);
  expect(margin("bottom")).toBeGreaterThanOrEqual(1134);
  expect(margin("bottom")).toBeLessThanOrEqual(1417);
  expect(margin("left")).toBeGreaterThanOrEqual(1701);
  expect(margin("left")).toBeLessThanOrEqual(1984);
  expect(margin("right")).toBeGreaterThanOrEqual(850);
  expect(margin("right")).toBeLessThanOrEqual(1134);

  // Every section: titlePage, a PAGE field centred in the default header, an empty first header.
  all.forEach((sectPr, i) => {
    expect(sectPr, `section ${i}`).toContain("<w:titlePg/>");
    const headers = sectionHeaders(sectPr, rels);
    const header = part(parts, headers.default!);
    expect(header).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(header).toContain('w:val="NdPageNumber"');
    expect(part(parts, headers.first!)).not.toContain("PAGE");
    if (i > 0) {
      expect(sectPr, `appendix section ${i}`).toContain('<w:pgNumType w:start="1"/>');
      expect(sectPr).toMatch(
        /<w:pgSz w:w="(11906" w:h="16838" w:orient="portrait|16838" w:h="11906" w:orient="landscape)"\/>/,
      );
    }
  });
  const pageStyle = /<w:style w:type="paragraph" w:styleId="NdPageNumber">[\s\S]*?<\/w:style>/.exec(
    styles,
  )![0];
  expect(pageStyle).toContain('<w:jc w:val="center"/>');
  expect(pageStyle).toMatch(/<w:sz w:val="(26|28)"\/>/);

  // Font: Times New Roman for every script, 14 pt body; no other font and no size outside 11–14 pt.
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
  for (const script of ["ascii", "hAnsi", "cs", "eastAsia"])
    expect(attr(defaults, "w:rFonts", `w:${script}`)).toBe(TNR);
  expect(defaults).toContain('<w:sz w:val="28"/>');
  for (const xml of [doc, styles]) {
    for (const [, font] of xml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]*)"/g)) expect(font).toBe(TNR);
  }
  // The Party title alone is 15 pt (Hướng dẫn 36-HD/VPTW).
  const sizes = new Set([...doc.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map(([, s]) => Number(s)));
  for (const size of sizes) expect([4, 22, 24, 26, 28, ...(party ? [30] : [])]).toContain(size);
  const body = /<w:style w:type="paragraph" w:styleId="NdBody">[\s\S]*?<\/w:style>/.exec(styles)![0];
  expect(body).toContain('<w:jc w:val="both"/>');
  expect(Number(attr(body, "w:ind", "w:firstLine"))).toBeGreaterThanOrEqual(567);
  expect(Number(attr(body, "w:spacing", "w:before"))).toBeGreaterThanOrEqual(120);
  const line = Number(attr(body, "w:spacing", "w:line"));
  expect(line).toBeGreaterThanOrEqual(240);
  expect(line).toBeLessThanOrEqual(360);

  // The header block (state or Party) and the signature block.
  const texts = paragraphTexts(doc).map((t) => t.replace(/\n/g, " "));
  if (party) {
    expect(texts).toContain(PARTY_TITLE);
    expect(texts).toContain("*");
    expect(texts).not.toContain(QUOC_HIEU);
    expect(texts).not.toContain(TIEU_NGU);
    expect(texts.some((t) => /^Số [\d ]+-/.test(t))).toBe(true);
  } else {
    expect(texts).toContain(QUOC_HIEU);
    expect(texts).toContain(TIEU_NGU);
    expect(texts.some((t) => t.startsWith("Số:"))).toBe(true);
  }
  // An excerpt whose source ends before "Nơi nhận" (frame.excerpt) ends with its note instead.
  if (excerpt) expect(texts.some((t) => t.startsWith("(Nguồn:"))).toBe(true);
  else expect(texts).toContain("Nơi nhận:");

  // Tables: fixed layout, explicit twip widths in the table, the grid and every cell.
  for (const [table] of doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
    expect(grid.every((w) => w > 0)).toBe(true);
    for (const [row] of table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
      const cells = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
      expect(cells).toEqual(grid);
    }
  }
  return { texts, all };
}

describe("NĐ 30 frame: hand-built report layout", () => {
  let cases: Case[];
  beforeAll(async () => {
    cases = await renderLayouts();
  });

  it("follows the frame", () => {
    const { texts, all } = checkFrame(cases[0]!);
    expect(texts).toContain("Lê Hải Yến");
    expect(all.length).toBe(2);
  });
});

describe("NĐ 30 frame: every example document", () => {
  let cases: Case[];
  beforeAll(async () => {
    cases = await renderExamples();
  });

  it("follows the frame, with the document's own header, kind, signer and appendices", () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const frame = c.doc!.frame;
      const { texts, all } = checkFrame(c, isPartySymbol(frame.symbol));
      const flat = texts.join("\n");
      // An excerpt whose source ends before the signature may have no name (frame.excerpt).
      if (frame.signature.name !== undefined) expect(flat, c.name).toContain(frame.signature.name);
      else expect(frame.excerpt, c.name).toBeDefined();
      expect(flat.replace(/\s+/g, " "), c.name).toContain(frame.issuingBody.name.replace(/\s+/g, " "));
      if (frame.number == null)
        expect(
          texts.some((t) => /^Số:?\s{2,}[/-]/.test(t)),
          `${c.name}: draft blanks`,
        ).toBe(true);
      expect(all.length, c.name).toBe(1 + (c.doc!.appendices?.length ?? 0));
    }
  });
});
