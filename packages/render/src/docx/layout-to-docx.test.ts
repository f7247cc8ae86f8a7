import { describe, expect, it } from "vitest";
import { layoutToDocx } from "./layout-to-docx";
import { docxParts, paragraphTexts, part, relTarget, sectionHeaders, sections } from "./testing/inspect";
import { HOSTILE, hostileLayout, reportLayout } from "./testing/layout-fixture";
import { hasInvalidXmlChars } from "./xml-safe";

async function render(layout = reportLayout(), source?: unknown) {
  const bytes = await layoutToDocx(layout, source === undefined ? {} : { source });
  return { bytes, parts: docxParts(bytes) };
}

describe("layoutToDocx", () => {
  it("returns the bytes of a zip package", async () => {
    const { bytes } = await render();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("sets A4 portrait, NĐ 30 margins and a hidden first-page number on the main section", async () => {
    const { parts } = await render();
    const [main] = sections(part(parts, "word/document.xml"));
    expect(main).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(main).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
    expect(main).toContain("<w:titlePg/>");
    const headers = sectionHeaders(main!, part(parts, "word/_rels/document.xml.rels"));
    expect(part(parts, headers.default!)).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(part(parts, headers.first!)).not.toContain("PAGE");
  });

  it("puts each appendix in a landscape section numbered from 1", async () => {
    const { parts } = await render();
    const [, appendix] = sections(part(parts, "word/document.xml"));
    expect(appendix).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(appendix).toContain('<w:pgNumType w:start="1"/>');
    expect(appendix).toContain("<w:titlePg/>");
  });

  it("uses Times New Roman 14 pt by default and justified, indented body text", async () => {
    const { parts } = await render();
    const styles = part(parts, "word/styles.xml");
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const body = /<w:style w:type="paragraph" w:styleId="NdBody">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('w:firstLine="720"');
    expect(body).toMatch(/<w:spacing [^>]*w:before="120"/);
  });

  it("writes the header block as a fixed, borderless two-column table with explicit widths", async () => {
    const { parts } = await render();
    const doc = part(parts, "word/document.xml");
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain('<w:gridCol w:w="3686"/><w:gridCol w:w="5669"/>');
    expect(table).toContain('<w:tcW w:type="dxa" w:w="3686"/>');
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const texts = paragraphTexts(table);
    expect(texts).toEqual(
      expect.arrayContaining([
        "UBND TỈNH LẠNG SƠN",
        "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG",
        "Số:       /BC-STTTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lạng Sơn, ngày     tháng 10 năm 2019",
      ]),
    );
  });

  it("keeps the draft blanks of the number and the date exactly", async () => {
    const { parts } = await render();
    const doc = part(parts, "word/document.xml");
    expect(doc).toContain('<w:t xml:space="preserve">Số:       /BC-STTTT</w:t>');
    expect(doc).toContain('<w:t xml:space="preserve">Lạng Sơn, ngày     tháng 10 năm 2019</w:t>');
  });

  it("draws the rules as paragraph bottom borders: the motto's as long as the text", async () => {
    const { parts } = await render();
    const doc = part(parts, "word/document.xml");
    const rules = [
      ...doc.matchAll(/<w:pStyle w:val="NdRule"\/>[\s\S]*?<w:ind w:left="(\d+)" w:right="(\d+)"\/>/g),
    ];
    // The fourth is the appendix's, under "(Kèm theo …)".
    expect(rules.length).toBe(4);
    const [issuing, motto, subject] = rules.map(([, l, r]) => ({ left: Number(l), right: Number(r) }));
    const mottoLength = 5669 - motto!.left - motto!.right;
    expect(mottoLength).toBeGreaterThan(3300);
    expect(mottoLength).toBeLessThan(3550);
    const issuingLength = 3686 - issuing!.left - issuing!.right;
    expect(issuingLength).toBeGreaterThan(2600 / 3);
    const subjectLength = 9355 - subject!.left - subject!.right;
    expect(subjectLength).toBeGreaterThan(1500);
    expect(subjectLength).toBeLessThan(3000);
  });

  it("writes headings, emphasis and the signature block", async () => {
    const { parts } = await render();
    const texts = paragraphTexts(part(parts, "word/document.xml"));
    expect(texts).toContain("I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019");
    expect(texts).toContain("a) Đoàn ra: 04 đoàn/12 lượt người.");
    expect(texts).toContain("Nơi nhận:");
    expect(texts).toContain("KT. GIÁM ĐỐC");
    expect(texts).toContain("Lê Hải Yến");
    const doc = part(parts, "word/document.xml");
    expect(doc).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">45 cơ quan báo chí<\/w:t>/,
    );
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  });

  it("gives data tables explicit widths in the grid and every cell, and repeats the header row", async () => {
    const { parts } = await render();
    const doc = part(parts, "word/document.xml");
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
    const appendix = tables.at(-1)!;
    const grid = [...appendix.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
    expect(grid).toEqual([700, 2600, 1300, 1700, 3200, 1100, 900, 1400, 1387]);
    expect(appendix).toContain('<w:tblLayout w:type="fixed"/>');
    expect(appendix).toContain("<w:tblHeader/>");
    expect(appendix).toMatch(/<w:tblBorders><w:top w:val="single"[^>]*\/>.*<w:insideV w:val="single"/);
    const cellWidths = [...appendix.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)];
    expect(cellWidths.length).toBe(9 * 41);
  });

  it("carries the source as a custom XML part registered in the package", async () => {
    const { parts } = await render(reportLayout(), { a: 1 });
    expect(part(parts, "customXml/item1.xml")).toContain('xmlns:doingoai="urn:doingoai:document"');
    expect(part(parts, "customXml/itemProps1.xml")).toContain("ds:datastoreItem");
    expect(part(parts, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(relTarget(part(parts, "word/_rels/document.xml.rels"), "rIdDoingoai1")).toBe(
      "../customXml/item1.xml",
    );
    expect(part(parts, "[Content_Types].xml")).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/customXml/itemProps1.xml"/>',
    );
  });

  it("has no custom part without a source", async () => {
    const { parts } = await render();
    expect([...parts.keys()].some((p) => p.startsWith("customXml/"))).toBe(false);
  });

  it("writes hostile text as well-formed XML without forbidden characters", async () => {
    const { parts } = await render(hostileLayout(), { text: HOSTILE });
    for (const [path, xml] of parts) {
      if (!path.endsWith(".xml") && !path.endsWith(".rels")) continue;
      expect(hasInvalidXmlChars(xml), path).toBe(false);
    }
    const doc = part(parts, "word/document.xml");
    expect(doc).toContain("&lt;&gt;&amp;");
    expect(doc).not.toContain("<>&");
    expect(doc.length).toBeGreaterThan(100_000);
    expect(paragraphTexts(doc)).toContain(`ab<>&"' x\ttab\nline]]>`);
  });
});
