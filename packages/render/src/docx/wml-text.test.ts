/**
 * The text writer writes, byte for byte, what docx's XML writer writes for the reference writer's
 * objects (`WML_OBJECTS`), on the inputs where the two could part: text to make safe and escape,
 * breaks and tabs, empty runs, every paragraph option, off/on emphasis, tables of every row kind.
 * Whole documents are compared in pack.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packPackage } from "./adapter";
import { docxDocument } from "./build";
import { docxParts, part } from "./testing/inspect";
import { RawBlock, WML_OBJECTS, type Wml, type WRunFormat, type Xml } from "./wml";
import { WML_TEXT } from "./wml-text";

/** The body docx writes for the objects' blocks. */
async function docxBody(blocks: Xml[]): Promise<string> {
  const file = docxDocument("", [{ children: blocks.map((b) => new RawBlock(b)) }]);
  const xml = part(docxParts(await packPackage(file, [])), "word/document.xml");
  return xml.slice(xml.indexOf("<w:body>") + 8, xml.lastIndexOf("<w:sectPr"));
}

const TEXTS = [
  "",
  "a",
  "\t",
  "\n",
  "\n\n",
  "a\tb\nc",
  "\tx\t",
  "a\u0000<b>&'\"c\u0001\u000b\ud800d\ufffe",
  "Ủy ban nhân dân xã Đông Hưng: 1.234 tỷ đồng\r\nhơn 03 đoàn",
];
const FORMATS: WRunFormat[] = [
  {},
  { bold: true },
  { bold: false, italics: false },
  { italics: true, color: "767676" },
  { size: 26, bold: true, italics: true, color: "000000" },
];

function blocks<X>(w: Wml<X>): X[] {
  const out: X[] = [];
  for (const t of TEXTS) for (const f of FORMATS) out.push(w.paragraph("NdBody", w.runs(t, f)));
  out.push(
    w.paragraph("S", []),
    w.paragraph("S", [...w.runs("a"), ...w.runs("b", { bold: true })], {
      keepNext: true,
      keepLines: true,
      border: { box: { size: 8, space: 3 } },
      before: 120,
      indent: { left: 10, right: 20, hanging: 5 },
      align: "center",
    }),
    w.paragraph("S", w.runs("x"), { border: { bottom: { size: 6, space: 1 } }, indent: {} }),
    w.paragraph("S", w.runs("x"), { indent: { right: 3 }, align: "both", before: 0 }),
    w.frameTable(
      [100, 200],
      [
        [[], [w.paragraph("F", w.runs("x"))]],
        [[w.paragraph("F", w.runs("y")), w.paragraph("F", [])], []],
      ],
    ),
    w.table(
      [1000, 2000, 500],
      [
        {
          header: true,
          cantSplit: true,
          cells: [
            { text: "A", style: "H", vCenter: true },
            { text: "B\nb", style: "H", vCenter: true },
            { text: "", style: "H", vCenter: true },
          ],
        },
        {
          cells: [
            { text: "1", style: "C", align: "right" },
            { text: "2", style: "C", align: "left" },
            { text: "3 < 4", style: "C", align: "center" },
          ],
        },
        { cantSplit: true, cells: [1, 2, 3].map((n) => ({ text: `${n}\t`, style: "C" })) },
      ],
    ),
    w.table([], [{ cells: [] }]),
  );
  return out;
}

describe("WML_TEXT", () => {
  it("writes what docx writes for the reference objects, quirks included", async () => {
    expect(blocks(WML_TEXT).join("")).toBe(await docxBody(blocks(WML_OBJECTS)));
  });

  it("writes any text as docx writes it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 5 }),
        fc.record({ bold: fc.option(fc.boolean(), { nil: undefined }) }),
        async (texts, format) => {
          const write = <X>(w: Wml<X>) => [
            w.paragraph(
              "P",
              texts.flatMap((t) => w.runs(t, format)),
            ),
          ];
          expect(write(WML_TEXT).join("")).toBe(await docxBody(write(WML_OBJECTS)));
        },
      ),
      { numRuns: 50 },
    );
  });
});
