import { describe, expect, it } from "vitest";
import { Document, packPackage } from "./adapter";
import { docxParts, paragraphTexts, part } from "./testing/inspect";
import { el, RawBlock, wFrameTable, wParagraph, wRuns, wTable } from "./wml";

async function bodyOf(...blocks: RawBlock[]): Promise<string> {
  const file = new Document({ sections: [{ children: blocks }] });
  const xml = part(docxParts(await packPackage(file, [])), "word/document.xml");
  return /<w:body>([\s\S]*)<w:sectPr>/.exec(xml)![1]!;
}

describe("wml", () => {
  it("writes elements with attributes and children as docx writes its own", async () => {
    expect(
      await bodyOf(new RawBlock(el("w:p", undefined, [el("w:pPr", undefined, [el("w:keepNext")])]))),
    ).toBe("<w:p><w:pPr><w:keepNext/></w:pPr></w:p>");
  });

  it("makes text safe, escapes markup and turns breaks and tabs into elements", async () => {
    const body = await bodyOf(
      new RawBlock(wParagraph("NdBody", wRuns("a\u0000<b>&\tc\nd\ud800", { bold: true }))),
    );
    expect(body).toBe(
      '<w:p><w:pPr><w:pStyle w:val="NdBody"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>' +
        '<w:t xml:space="preserve">a&lt;b&gt;&amp;</w:t><w:tab/><w:t xml:space="preserve">c</w:t><w:br/>' +
        '<w:t xml:space="preserve">d</w:t></w:r></w:p>',
    );
  });

  it("writes explicit 'off' for emphasis a style would otherwise give", () => {
    expect(JSON.stringify(wRuns("x", { bold: false, italics: false }))).toContain('"w:val":"false"');
  });

  it("keeps paragraph properties in schema order", async () => {
    const body = await bodyOf(
      new RawBlock(
        wParagraph("S", [], {
          align: "center",
          indent: { left: 10, right: 20, hanging: 5 },
          before: 60,
          border: { bottom: { size: 6, space: 1 } },
          keepLines: true,
          keepNext: true,
        }),
      ),
    );
    const order = [...body.matchAll(/<w:(\w+)/g)].map(([, name]) => name);
    expect(order).toEqual([
      "p",
      "pPr",
      "pStyle",
      "keepNext",
      "keepLines",
      "pBdr",
      "bottom",
      "spacing",
      "ind",
      "jc",
    ]);
  });

  it("gives tables their widths in the table, the grid and every cell", async () => {
    const data = await bodyOf(
      new RawBlock(
        wTable(
          [1000, 2000],
          [
            {
              header: true,
              cells: [
                { text: "A", style: "H" },
                { text: "B", style: "H" },
              ],
            },
            {
              cells: [
                { text: "1", style: "C", align: "right" },
                { text: "2", style: "C" },
              ],
            },
          ],
        ),
      ),
    );
    expect(data).toContain('<w:tblW w:type="dxa" w:w="3000"/>');
    expect(data).toContain('<w:gridCol w:w="1000"/><w:gridCol w:w="2000"/>');
    expect(data.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(4);
    expect(data).toContain("<w:trPr><w:tblHeader/></w:trPr>");
    expect(paragraphTexts(data)).toEqual(["A", "B", "1", "2"]);
    const frame = await bodyOf(new RawBlock(wFrameTable([100, 200], [[[], [wParagraph("F", wRuns("x"))]]])));
    expect(frame).toContain('<w:top w:val="none"');
    expect(frame).toContain("<w:p/>");
  });
});
