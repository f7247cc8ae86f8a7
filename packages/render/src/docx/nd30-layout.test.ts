/**
 * NĐ 30 layout rules of the DOCX that a clerk sees in Word (issue 11, "Layout" and "Frame"): fixed
 * phrases never broken, the appendix's rule and "./.", points upright, only numbered headings in
 * the outline, only our styles, widow/orphan control, the draft mark, no "báo cáo báo cáo".
 */
import type { Document } from "@doingoai/core";
import { FULL_REPORT, MINIMAL_REPORT } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { blockText, EXAMPLES, example } from "../layout/testing";
import { renderDocx } from "./render";
import { docxParts, paragraphTexts, part, sectionHeaders, sections } from "./testing/inspect";

const NBSP = "\u00A0";
const DRAFT_MARK = "DỰ THẢO";

async function parts(doc: Document): Promise<Map<string, string>> {
  return docxParts(await renderDocx(doc));
}

/** The `w:p` elements of an XML part, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) => p);
}

/** The raw text of a paragraph: runs joined, breaks as "\n", no-break spaces kept. */
function rawText(p: string): string {
  let text = "";
  for (const [token, t] of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g))
    text += t !== undefined ? t.replace(/&amp;/g, "&") : token === "<w:br/>" ? "\n" : "";
  return text;
}

function withFrame(doc: Document, frame: Partial<Document["frame"]>): Document {
  const copy = structuredClone(doc);
  Object.assign(copy.frame, frame);
  return copy;
}

describe("DOCX header: no line breaks inside a fixed phrase", () => {
  it("breaks a short commune's name between 'ỦY BAN NHÂN DÂN' and the name", async () => {
    const doc = withFrame(MINIMAL_REPORT, {
      parentBody: "UBND HUYỆN CHI LĂNG",
      issuingBody: { name: "ỦY BAN NHÂN DÂN XÃ CHI LĂNG", abbreviation: "UBND" },
    });
    const xml = part(await parts(doc), "word/document.xml");
    const texts = paragraphs(xml).map(rawText);
    expect(texts).toContain(`ỦY${NBSP}BAN${NBSP}NHÂN${NBSP}DÂN\nXÃ${NBSP}CHI${NBSP}LĂNG`);
    expect(texts).toContain(`UBND HUYỆN${NBSP}CHI${NBSP}LĂNG`);
    // Quốc hiệu and Tiêu ngữ hold together whatever font Word substitutes.
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".replace(/ /g, NBSP));
    expect(texts).toContain("Độc lập - Tự do - Hạnh phúc".replace(/ /g, NBSP));
  });

  it("keeps '6 tháng đầu năm' whole in a subject that wraps", async () => {
    const subject =
      "Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024";
    const xml = part(await parts(withFrame(MINIMAL_REPORT, { subject })), "word/document.xml");
    const title = paragraphs(xml)
      .map(rawText)
      .find((t) => t.replace(/\s/g, " ").replace(/\n/g, " ").includes("phương hướng"))!;
    expect(title).toContain(`6${NBSP}tháng${NBSP}đầu${NBSP}năm`);
    expect(title).toContain(`6${NBSP}tháng${NBSP}cuối${NBSP}năm${NBSP}2024`);
    for (const line of title.split("\n")) expect(line).not.toMatch(/(^|\s)(tháng|đầu|cuối|năm)$/u);
  });
});

describe("DOCX appendix: the rule under '(Kèm theo …)' and the closing './.'", () => {
  it("draws a short rule right under the attached line and ends the appendix with './.'", async () => {
    expect(FULL_REPORT.appendices?.length).toBeGreaterThan(0);
    const xml = part(await parts(FULL_REPORT), "word/document.xml");
    const body = xml.slice(0, xml.indexOf("</w:body>"));
    // Paragraphs of the first appendix: those after the main section's sectPr.
    const firstBreak = body.indexOf("<w:sectPr>");
    const appendix = paragraphs(body.slice(firstBreak)).slice(1);
    const attached = appendix.findIndex((p) => rawText(p).startsWith("(Kèm theo"));
    expect(attached).toBeGreaterThan(-1);
    const rule = appendix[attached + 1]!;
    expect(rule).toContain('<w:pStyle w:val="NdRule"/>');
    const [, left, right] = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(rule)!;
    const landscape = 16838 - 1701 - 850;
    const length = landscape - Number(left) - Number(right);
    expect(length).toBeGreaterThan(600);
    expect(length).toBeLessThan(landscape / 2);
    const texts = paragraphs(body.slice(firstBreak, body.indexOf("<w:sectPr>", firstBreak + 1)))
      .map(rawText)
      .filter((t) => t !== "");
    expect(texts.at(-1)).toBe("./.");
  });

  it("numbers a landscape appendix's continuation pages: a PAGE field in its default header", async () => {
    const p = await parts(FULL_REPORT);
    const all = sections(part(p, "word/document.xml"));
    const landscape = all.filter((s) => s.includes('w:orient="landscape"'));
    expect(landscape.length).toBeGreaterThan(0);
    for (const sectPr of landscape) {
      const headers = sectionHeaders(sectPr, part(p, "word/_rels/document.xml.rels"));
      expect(part(p, headers.default!)).toContain("PAGE");
    }
  });
});

describe("DOCX body styles", () => {
  it("sets points a), b)… upright and not bold (NĐ 30)", async () => {
    const p = await parts(example(EXAMPLES.notice2024));
    const styles = part(p, "word/styles.xml");
    const h4 = /<w:style w:type="paragraph" w:styleId="Heading4">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(h4).not.toMatch(/<w:i\/>/);
    const point = paragraphs(part(p, "word/document.xml")).find((x) =>
      rawText(x).startsWith("a) Công tác lãnh sự"),
    )!;
    expect(point).toBeDefined();
    for (const [run] of point.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)) {
      expect(run).not.toMatch(/<w:b\/>|<w:i\/>/);
      expect(run).toContain('<w:b w:val="false"/>');
    }
  });

  it("puts only numbered section headings in Heading styles, never a sentence", async () => {
    for (const name of Object.values(EXAMPLES)) {
      const xml = part(await parts(example(name)), "word/document.xml");
      for (const p of paragraphs(xml).filter((x) => /<w:pStyle w:val="Heading\d"\/>/.test(x))) {
        const text = paragraphTexts(p)[0]!;
        expect(text, name).toMatch(/^([IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s/u);
        const colon = text.indexOf(": ");
        if (colon >= 0) expect(text.slice(colon + 2).split(/\s+/).length, `${name}: ${text}`).toBeLessThan(7);
      }
    }
    // Seed 002's fifth task runs its heading into a sentence: body text with a bold head.
    const notice = part(await parts(example(EXAMPLES.notice2024)), "word/document.xml");
    const task = paragraphs(notice).find((x) => rawText(x).startsWith("5. Nhiệm vụ của UBND các huyện"))!;
    expect(task).toContain('<w:pStyle w:val="NdLead"/>');
    expect(task).toContain("<w:b/>");
  });
});

describe("DOCX styles.xml: only ours, Times New Roman, black; widow/orphan control", () => {
  it("has no docx default style a clerk could pick by mistake", async () => {
    const styles = part(await parts(MINIMAL_REPORT), "word/styles.xml");
    const ids = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]*)"/g)].map(([, id]) => id!);
    expect(ids).not.toContain("Title");
    expect(ids).not.toContain("Heading5");
    expect(ids).not.toContain("Hyperlink");
    for (const id of ids) expect(id).toMatch(/^(Normal|TableNormal|Nd[A-Z]\w*|Heading[1-4])$/);
    for (const [, color] of styles.matchAll(/<w:color w:val="([^"]*)"/g)) expect(color).toBe("000000");
    expect(styles).not.toMatch(/<w:u /);
    for (const [, font] of styles.matchAll(/<w:rFonts [^>]*w:ascii="([^"]*)"/g))
      expect(font).toBe("Times New Roman");
  });

  it("turns widow/orphan control on for every paragraph", async () => {
    const styles = part(await parts(MINIMAL_REPORT), "word/styles.xml");
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
    expect(styles).not.toContain('<w:widowControl w:val="false"/>');
  });
});

describe("a draft", () => {
  it("carries the draft mark in its DOCX, on the first page; an issued document does not", async () => {
    for (const [doc, draft] of [
      [MINIMAL_REPORT, true],
      [FULL_REPORT, false],
    ] as const) {
      expect(doc.frame.status === "draft").toBe(draft);
      const p = await parts(doc);
      const main = sections(part(p, "word/document.xml"))[0]!;
      const first = part(p, sectionHeaders(main, part(p, "word/_rels/document.xml.rels")).first!);
      expect(first.includes(DRAFT_MARK), doc.frame.subject).toBe(draft);
    }
  });

  it("notes no digital signature, as its DOCX prints none (NĐ 30: a draft is not signed)", () => {
    const signed = withFrame(MINIMAL_REPORT, {
      digitalSignatures: [{ signedAt: "2026-06-20T08:21:00+07:00" }],
    });
    expect(buildLayout(signed).digitalSignatures).toBeUndefined();
    expect(buildLayout(withFrame(signed, { status: "issued" })).digitalSignatures).toEqual([
      "Văn bản được ký số lúc 08:21 ngày 20/6/2026",
    ]);
  });
});

describe("the closing sentence", () => {
  it("does not say the kind twice when the subject starts with it", () => {
    const doc = withFrame(MINIMAL_REPORT, { subject: "Báo cáo kết quả công tác đối ngoại năm 2025" });
    if (doc.kind === "report") delete doc.body.closing;
    const closing = buildLayout(doc)
      .body.filter((b) => b.type === "paragraph")
      .map(blockText)
      .at(-1);
    expect(closing).toBe("Trên đây là báo cáo kết quả công tác đối ngoại năm 2025./.");
  });
});
