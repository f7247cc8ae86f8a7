/**
 * The header never breaks inside a place name (issue 11, "Layout"): "ỦY BAN NHÂN DÂN / TỈNH BÀ
 * RỊA - VŨNG TÀU", never "ỦY BAN NHÂN DÂN TỈNH / BÀ RỊA - VŨNG TÀU"; the date line's place whole.
 * Checked in the DOCX (what Word and LibreOffice wrap) and in the HTML (the same lines).
 */
import { type Document, Document as DocumentSchema } from "@doingoai/core";
import { CORPUS_NAMES, example, MINIMAL_REPORT } from "@doingoai/core/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../docx/render";
import { docxParts, part } from "../docx/testing/inspect";
import { keepNames } from "../layout/text";
import { renderHtml } from "./index";

const NBSP = "\u00A0";
const BRVT = "ke-hoach-hoat-dong-doi-ngoai-2024-ubnd-tinh-ba-ria-vung-tau";

/** The raw text of each `w:p`: runs joined, breaks as "\n", no-break spaces kept. */
async function docxParagraphs(doc: Document): Promise<string[]> {
  const xml = part(await docxParts(await renderDocx(doc)), "word/document.xml");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    let text = "";
    for (const [token, t] of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g))
      text += t !== undefined ? t.replace(/&amp;/g, "&") : token === "<w:br/>" ? "\n" : "";
    return text;
  });
}

/** A header line that ends inside a name: on a unit word, or on or before a joining hyphen. */
const BROKEN_NAME = /(?:^|[\s\u00A0])(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|QUẬN|THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|-)$|^-/u;

function withBody(name: string, place: string): Document {
  const copy = structuredClone(MINIMAL_REPORT);
  copy.frame.issuingBody = { name, abbreviation: "UBND" };
  copy.frame.place = place;
  return copy;
}

describe("the header keeps a place name on one line", () => {
  it("Bà Rịa - Vũng Tàu (58/KH-UBND): the issuing body breaks before TỈNH, the date line keeps the place", async () => {
    const doc = DocumentSchema.parse(example(BRVT));
    const texts = await docxParagraphs(doc);
    expect(texts).toContain(
      `ỦY${NBSP}BAN${NBSP}NHÂN${NBSP}DÂN\nTỈNH${NBSP}BÀ${NBSP}RỊA${NBSP}-${NBSP}VŨNG${NBSP}TÀU`,
    );
    expect(texts).toContain(`Bà${NBSP}Rịa${NBSP}-${NBSP}Vũng${NBSP}Tàu, ngày 11 tháng 3 năm 2024`);
    const html = renderHtml(doc);
    expect(html).toContain(
      `ỦY${NBSP}BAN${NBSP}NHÂN${NBSP}DÂN<br>TỈNH${NBSP}BÀ${NBSP}RỊA${NBSP}-${NBSP}VŨNG${NBSP}TÀU`,
    );
    expect(html).toContain(`Bà${NBSP}Rịa${NBSP}-${NBSP}Vũng${NBSP}Tàu, ngày 11 tháng 3 năm 2024`);
  });

  it("no corpus document's header line ends inside a name", async () => {
    for (const name of CORPUS_NAMES) {
      const doc = DocumentSchema.parse(example(name));
      const body = doc.frame.issuingBody.name.toUpperCase().replace(/\s+/g, " ");
      const texts = await docxParagraphs(doc);
      const issuer = texts.find((t) => t.replace(/[\s\u00A0]+/g, " ") === body);
      expect(issuer, name).toBeDefined();
      for (const line of issuer!.split("\n")) expect(line, `${name}: ${line}`).not.toMatch(BROKEN_NAME);
    }
  });

  it("long bodies of any province break between the body and its unit, never inside the name", async () => {
    const cases: [string, string][] = [
      ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh"],
      ["SỞ NGOẠI VỤ TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"],
      ["ỦY BAN NHÂN DÂN THỊ XÃ PHÚ MỸ", "Thị xã Phú Mỹ"],
    ];
    for (const [name, place] of cases) {
      const texts = await docxParagraphs(withBody(name, place));
      const issuer = texts.find((t) => t.replace(/[\s\u00A0]+/g, " ") === name)!;
      for (const line of issuer.split("\n")) expect(line, line).not.toMatch(BROKEN_NAME);
      expect(
        texts.some((t) => t.startsWith(`${place.replace(/ /g, NBSP)}, ngày`)),
        place,
      ).toBe(true);
    }
  });
});

describe("keepNames", () => {
  it("changes no letter: only spaces inside names become no-break", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const kept = keepNames(s);
        expect(kept.replace(/\u00A0/g, " ")).toBe(s.normalize("NFC").replace(/\u00A0/g, " "));
      }),
    );
  });

  it("leaves 'xã hội' and numbers alone", () => {
    expect(keepNames("SỞ LAO ĐỘNG VÀ XÃ HỘI")).not.toContain(`XÃ${NBSP}HỘI`);
    expect(keepNames("GIAI ĐOẠN 2021 - 2025")).toBe("GIAI ĐOẠN 2021 - 2025");
  });
});
