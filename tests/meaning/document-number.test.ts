/**
 * A document number is an identifier, not a quantity: "Số: 1250/BC-SNgV", never "1.250", in
 * the header of the HTML and the DOCX, and in an appendix's "(Kèm theo … số …)" line.
 */

import { example } from "@doingoai/core/fixtures";
import { renderDocx, renderHtml } from "@doingoai/render";
import { describe, expect, it } from "vitest";
import { docxParts, paragraphTexts, part } from "../../packages/render/src/docx/testing/inspect";

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("document numbers of 1000 or more", () => {
  for (const n of [1250, 13222]) {
    it(`prints ${n} without a thousands separator (HTML and DOCX, header and appendix)`, async () => {
      // seed 001 has an appendix, whose "(Kèm theo Báo cáo số …)" line repeats the number
      const doc = example("bao-cao-nam-2019-so-tttt-lang-son");
      doc.frame.number = n;
      const html = text(renderHtml(doc));
      expect(html).toContain(`Số: ${n}/`);
      expect(html).toContain(`số ${n}/`);
      const dotted = n.toLocaleString("de-DE");
      expect(html).not.toContain(dotted);
      const paras = paragraphTexts(part(docxParts(await renderDocx(doc)), "word/document.xml")).join("\n");
      expect(paras).toContain(`Số: ${n}/`);
      expect(paras).toContain(`số ${n}/`);
      expect(paras).not.toContain(dotted);
    });
  }
});
