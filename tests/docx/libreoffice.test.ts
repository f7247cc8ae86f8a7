/**
 * (c) LibreOffice opens every rendered DOCX: one batch conversion to PDF (a profile of its own),
 * then the PDF's text is checked: the frame's key texts, no page number on page 1, "2" on page 2,
 * landscape appendix pages. (d) Hostile text still gives a file LibreOffice opens. And the
 * document data survives LibreOffice opening and saving the DOCX again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isPartySymbol } from "@doingoai/core";
import { readDocx } from "@doingoai/render";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Case, renderExamples, renderLayouts } from "./cases";
import {
  convertToPdf,
  pdfLines,
  pdfPages,
  pdfText,
  removeTempDirs,
  resaveDocx,
  tempDir,
  writeFiles,
} from "./tools";

afterAll(removeTempDirs);

const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

interface Converted extends Case {
  pdf: string | undefined;
}

let converted: Converted[] = [];
let renderError: unknown;

beforeAll(async () => {
  const layouts = await renderLayouts();
  let examples: Case[] = [];
  try {
    examples = await renderExamples();
  } catch (error) {
    renderError = error;
  }
  const cases = [...layouts, ...examples];
  const dir = tempDir("lo");
  const paths = writeFiles(dir, Object.fromEntries(cases.map((c) => [`${c.name}.docx`, c.bytes])));
  const pdfs = convertToPdf(Object.values(paths), join(dir, "pdf"));
  converted = cases.map((c) => ({ ...c, pdf: pdfs.get(paths[`${c.name}.docx`]!) }));
}, 300_000);

const byName = (name: string) => {
  const c = converted.find((x) => x.name === name);
  if (!c?.pdf) throw new Error(`LibreOffice gave no PDF for ${name}`);
  return c.pdf;
};

/** The first words of a page's text, where a page number would be. */
const pageStart = (pdf: string, page: number) => pdfText(pdf, page, page).slice(0, 40);

describe("LibreOffice: hand-built layouts", () => {
  it("opens the report and prints its frame", () => {
    const pdf = byName("layout-report");
    const text = pdfText(pdf);
    for (const key of [
      QUOC_HIEU,
      TIEU_NGU,
      "SỞ THÔNG TIN",
      "VÀ TRUYỀN THÔNG",
      "Số: /BC-STTTT",
      "BÁO CÁO",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
      "Lê Hải Yến",
    ]) {
      expect(text).toContain(key);
    }
    expect(text).toContain("Phụ lục BẢNG TỔNG HỢP ĐOÀN RA NĂM 2019");
  });

  it("puts the appendix on landscape pages numbered from 1, the first without a number", () => {
    const pdf = byName("layout-report");
    const { pages, sizes } = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const [first, second, third] = sizes;
    expect(first![0]).toBeLessThan(first![1]); // portrait
    expect(second![0]).toBeGreaterThan(second![1]); // landscape
    expect(pageStart(pdf, 2)).toMatch(/^Phụ lục/);
    expect(third![0]).toBeGreaterThan(third![1]);
    expect(pageStart(pdf, 3)).toMatch(/^2 /); // numbering restarted at 1 in the appendix
    expect(pdfText(pdf, 3, 3)).toContain("Danh nghĩa đoàn"); // header row repeated
  });

  it("opens the hostile document and keeps its text", () => {
    const pdf = byName("layout-hostile");
    const text = pdfText(pdf);
    expect(text).toContain(`ab<>&"' x tab line]]>`);
    expect(text).toContain("Đoạn văn rất dài <&>");
    expect(pdfPages(pdf).pages).toBeGreaterThan(10);
  });
});

describe("LibreOffice: every example document", () => {
  it("renders every example", () => {
    if (renderError) throw renderError;
    expect(converted.filter((c) => c.doc).length).toBeGreaterThan(0);
  });

  it("opens every example, prints its frame, and numbers pages from page 2", () => {
    for (const c of converted.filter((x) => x.doc)) {
      const pdf = byName(c.name);
      const text = pdfText(pdf);
      const frame = c.doc!.frame;
      const title = isPartySymbol(frame.symbol) ? [PARTY_TITLE] : [QUOC_HIEU, TIEU_NGU];
      // An excerpt ends where its source ends: its note instead of "Nơi nhận:" and, unknown, the name.
      const ending = frame.excerpt === undefined ? ["Nơi nhận:"] : ["(Nguồn:"];
      for (const key of [
        ...title,
        ...ending,
        ...(frame.signature.name === undefined ? [] : [frame.signature.name]),
      ]) {
        expect(text, `${c.name}: ${key}`).toContain(key);
      }
      expect(pageStart(pdf, 1), `${c.name}: no number on page 1`).not.toMatch(/^\d/);
      if (pdfPages(pdf).pages >= 2) expect(pageStart(pdf, 2), `${c.name}: page 2`).toMatch(/^2 /);
    }
  });
});

describe("LibreOffice: core's constructed fixtures", () => {
  it("prints the Party header of the Party plan: title, bodies with '*', 'Số 21-KH/ĐU', T/M signature", () => {
    const pdf = byName("constructed-party-plan");
    const text = pdfText(pdf);
    expect(text).not.toContain(QUOC_HIEU);
    expect(text).not.toContain(TIEU_NGU);
    // pdftotext -layout prints both header columns line by line.
    const lines = pdfLines(pdf, 1).slice(0, 4);
    expect(lines[0]).toMatch(/^ĐẢNG BỘ XÃ ĐÀM THỦY ĐẢNG CỘNG SẢN VIỆT NAM$/);
    expect(lines[1]).toBe("BAN THƯỜNG VỤ ĐẢNG ỦY");
    expect(lines[2]).toBe("*");
    expect(lines[3]).toBe("Số 21-KH/ĐU Đàm Thủy, ngày 02 tháng 4 năm 2025");
    // The signature column prints beside "Nơi nhận:": authority, then title, then the name.
    const sign = pdfLines(pdf, 1).filter((l) => /T\/M|BÍ THƯ$|Hoàng Văn Bình/.test(l));
    expect(sign).toEqual([
      "Nơi nhận: T/M BAN THƯỜNG VỤ",
      "- Ban Thường vụ Huyện ủy; BÍ THƯ",
      "Hoàng Văn Bình",
    ]);
  });

  it("prints the facts-only report's urgency mark, corrected sentences and KT. signature", () => {
    const pdf = byName("constructed-full-report");
    const text = pdfText(pdf);
    expect(pdfLines(pdf, 1)).toContain("KHẨN");
    for (const key of [
      "(tăng 01 đoàn so với cùng kỳ năm 2024)",
      "(Chi tiết tại Phụ lục kèm theo)",
      "2. Công tác ký kết và thực hiện các thỏa thuận quốc tế: Không.",
      "(tăng khoảng 25% so với cùng kỳ năm 2024)",
      "tại các thị trường Nhật Bản và Hàn Quốc.",
      "(World Vision, Hoa Kỳ) tài trợ, lĩnh vực nước sạch, vệ sinh",
      "1,05 tỷ đồng, theo tỷ giá ngày 01/02/2025",
      "Tuần tra song phương",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nông Thị Hoa",
    ]) {
      expect(text.replace(/\s+/g, " "), key).toContain(key);
    }
    expect(text).not.toContain("(World Vision) (Hoa Kỳ)");
    expect(text).not.toContain("1,1 tỷ");
  });

  it("prints no digital-signature note, and the draft mark on a draft only", () => {
    const seed = converted.find((c) => c.doc?.frame.digitalSignatures !== undefined);
    expect(seed, "an example with digital signatures").toBeDefined();
    expect(pdfText(byName(seed!.name))).not.toContain("ký số");
    // NĐ 30: a draft is not signed; the printed draft says so on its first page, as the HTML does.
    expect(pdfText(byName("constructed-minimal-report"))).toContain("DỰ THẢO");
    const issued = converted.find((c) => c.doc?.frame.status === "issued");
    expect(issued, "an issued example").toBeDefined();
    expect(pdfText(byName(issued!.name))).not.toContain("DỰ THẢO");
  });
});

describe("LibreOffice: the data survives opening and saving", () => {
  it("reads the document back from a DOCX LibreOffice saved again", async () => {
    const [first] = await renderExamples();
    const dir = tempDir("lo-resave");
    const { "in.docx": path } = writeFiles(dir, { "in.docx": first!.bytes });
    const saved = resaveDocx([path!], join(dir, "out")).get(path!);
    expect(saved, "LibreOffice saved no DOCX").toBeDefined();
    const result = readDocx(new Uint8Array(readFileSync(saved!)));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(first!.doc);
  }, 120_000);
});
