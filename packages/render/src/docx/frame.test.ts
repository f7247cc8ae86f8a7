/**
 * The DOCX frame of core's constructed fixtures: the Party header (Hướng dẫn 36-HD/VPTW), the
 * urgency stamp, what the DOCX leaves to Word (digital signatures, the draft label), and the one
 * text width the layout and the writer share.
 */
import { FULL_REPORT, MINIMAL_REPORT, PARTY_PLAN } from "@doingoai/core/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { TEXT_WIDTH } from "../layout/page";
import { example } from "../layout/testing";
import { renderDocx } from "./render";
import { attr, docxParts, paragraphTexts, part, sections } from "./testing/inspect";
import { textWidthTwips } from "./text-width";
import { FRAME_COLUMNS, MARGIN, PAGE } from "./units";

async function documentXml(doc: Parameters<typeof renderDocx>[0]): Promise<string> {
  return part(docxParts(await renderDocx(doc)), "word/document.xml");
}

/** The paragraphs (`w:p` XML) of the first table: the header block, cell by cell. */
function headerParagraphs(xml: string): string[] {
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  return [...table.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => p);
}

const textOf = (p: string) => paragraphTexts(p)[0] ?? "";

describe("DOCX: the Party header", () => {
  let xml: string;
  let header: string[];
  beforeAll(async () => {
    xml = await documentXml(PARTY_PLAN);
    header = headerParagraphs(xml);
  });

  it("has the bodies, a centred '*', the Party title, its rule, the number and the date, in that order", () => {
    expect(header.map(textOf)).toEqual([
      "ĐẢNG BỘ XÃ ĐÀM THỦY",
      "BAN THƯỜNG VỤ ĐẢNG ỦY",
      "*",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Số 21-KH/ĐU",
      "Đàm Thủy, ngày 02 tháng 4 năm 2025",
    ]);
    expect(xml).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).not.toContain("Độc lập - Tự do - Hạnh phúc");
  });

  it("sets the parent body upright, the issuing body bold, the title bold 15 pt", () => {
    const [parent, issuing, star, title] = header;
    expect(parent).not.toContain("<w:b/>");
    expect(issuing).toContain("<w:b/>");
    expect(star).toContain('<w:pStyle w:val="NdFrame"/>'); // centred
    expect(star).not.toContain("w:pBdr"); // no short rule in the Party style
    expect(title).toContain("<w:b/>");
    expect(title).toContain('<w:sz w:val="30"/>');
  });

  it("rules the title as long as the text", () => {
    const rule = header[4]!;
    expect(rule).toContain('<w:pStyle w:val="NdRule"/>');
    const left = Number(attr(rule, "w:ind", "w:left"));
    const right = Number(attr(rule, "w:ind", "w:right"));
    const length = FRAME_COLUMNS[1] - left - right;
    expect(Math.abs(length - textWidthTwips("ĐẢNG CỘNG SẢN VIỆT NAM", 15, true))).toBeLessThanOrEqual(2);
  });

  it("signs T/M BAN THƯỜNG VỤ / BÍ THƯ", () => {
    const texts = paragraphTexts(xml);
    const i = texts.indexOf("T/M BAN THƯỜNG VỤ");
    expect(i).toBeGreaterThan(0);
    expect(texts.slice(i, i + 3)).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Văn Bình"]);
  });
});

describe("DOCX: FULL_REPORT's frame", () => {
  let xml: string;
  beforeAll(async () => {
    xml = await documentXml(FULL_REPORT);
  });

  it("keeps the state header and puts KHẨN in a 20 mm box under the number", () => {
    const header = headerParagraphs(xml);
    expect(header.map(textOf)).toEqual([
      "UBND TỈNH CAO BẰNG",
      "ỦY BAN NHÂN DÂN\nXÃ ĐÀM THỦY",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
      "Số: 07/BC-UBND",
      "KHẨN",
      "Đàm Thủy, ngày 05 tháng 4 năm 2025",
    ]);
    const stamp = header[7]!;
    expect(stamp).toMatch(/<w:pBdr><w:top w:val="single"[^>]*\/><w:left [^>]*\/><w:bottom [^>]*\/><w:right /);
    expect(stamp).toContain("<w:b/>");
    const space = Number(attr(stamp, "w:top", "w:space"));
    const left = Number(attr(stamp, "w:ind", "w:left"));
    const right = Number(attr(stamp, "w:ind", "w:right"));
    // The box is drawn `space` points outside the indents: 20 mm = 1134 twips wide.
    expect(Math.abs(FRAME_COLUMNS[0] - left - right + 2 * space * 20 - 1134)).toBeLessThanOrEqual(1);
  });

  it("signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH and writes the corrected sentences", () => {
    const texts = paragraphTexts(xml);
    const i = texts.indexOf("KT. CHỦ TỊCH");
    expect(texts.slice(i, i + 3)).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Thị Hoa"]);
    expect(texts).toContain("(Chi tiết tại Phụ lục kèm theo)");
    const aid = texts.find((t) => t.startsWith("- Dự án “Nước sạch"));
    expect(aid).toContain("(World Vision, Hoa Kỳ) tài trợ, lĩnh vực nước sạch, vệ sinh");
    expect(aid).toContain("tương đương khoảng 1,05 tỷ đồng, theo tỷ giá ngày 01/02/2025");
  });

  it("writes 'Không.' after the heading, not bold", () => {
    expect(xml).toContain(
      '<w:t xml:space="preserve">2. Công tác ký kết và thực hiện các thỏa thuận quốc tế</w:t></w:r><w:r><w:t xml:space="preserve">: </w:t></w:r><w:r><w:rPr><w:b w:val="false"/><w:bCs w:val="false"/></w:rPr><w:t xml:space="preserve">Không.</w:t></w:r>',
    );
  });

  it("centres the counts of the custom area's free table", () => {
    const free = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([t]) => t)
      .find((t) => t.includes("Mốc 840"))!;
    expect(free).toMatch(
      /<w:pPr><w:pStyle w:val="NdCell"\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:t xml:space="preserve">01<\/w:t>/,
    );
  });
});

describe("DOCX: metadata stays out of the document", () => {
  it("writes no digital-signature note (Word shows its own)", async () => {
    const seed = example("bao-cao-6-thang-dau-nam-2024-huyen-van-quan");
    expect(seed.frame.digitalSignatures?.length).toBeGreaterThan(0);
    const xml = await documentXml(seed);
    expect(xml).not.toContain("ký số");
    expect(xml).not.toContain("08:21");
  });

  it("writes no draft label", async () => {
    const xml = await documentXml(MINIMAL_REPORT);
    expect(xml).not.toContain("DỰ THẢO");
  });
});

describe("DOCX: one text width with the layout", () => {
  it("has pages whose text area is the layout's TEXT_WIDTH, and tables exactly that wide", async () => {
    const xml = await documentXml(FULL_REPORT);
    const [main, appendix] = sections(xml);
    const width = (sectPr: string) =>
      Number(attr(sectPr, "w:pgSz", "w:w")) -
      Number(attr(sectPr, "w:pgMar", "w:left")) -
      Number(attr(sectPr, "w:pgMar", "w:right"));
    expect(width(main!)).toBe(TEXT_WIDTH.portrait);
    expect(width(appendix!)).toBe(TEXT_WIDTH.landscape);
    expect(PAGE.width - MARGIN.left - MARGIN.right).toBe(TEXT_WIDTH.portrait);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
    const total = (t: string) => Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(t)![1]);
    const grid = (t: string) =>
      [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((n, [, w]) => n + Number(w), 0);
    // Header block, free table, signature block on the portrait page; the appendix on the landscape one.
    for (const t of tables.slice(0, -1)) {
      expect(total(t)).toBe(TEXT_WIDTH.portrait);
      expect(grid(t)).toBe(TEXT_WIDTH.portrait);
    }
    expect(total(tables.at(-1)!)).toBe(TEXT_WIDTH.landscape);
    expect(grid(tables.at(-1)!)).toBe(TEXT_WIDTH.landscape);
  });
});
