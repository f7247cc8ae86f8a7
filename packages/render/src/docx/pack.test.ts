/**
 * The fast path of `layoutToDocx` (section bodies written by render, `xmlText`, into the package
 * docx writes around placeholders) gives the same parts as docx writing the whole tree: every
 * example document and a consolidated report, and elements with docx's writer's quirks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "@doingoai/core";
import { EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { readDocx } from "../read";
import { packPackage } from "./adapter";
import { buildDocxTree, docxDocument } from "./build";
import { layoutToDocx } from "./layout-to-docx";
import { packDocx } from "./pack";
import { docxParts } from "./testing/inspect";
import { el, RawBlock, xmlText } from "./wml";

const consolidated = JSON.parse(
  readFileSync(join(__dirname, "../../../../examples/consolidation/consolidated.json"), "utf8"),
) as Document;
const documents: [string, Document][] = [...Object.entries(EXAMPLES), ["consolidated", consolidated]];

describe("layoutToDocx's bodies written by render", () => {
  it.each(documents)("%s: the same parts as docx writing the whole tree", async (_name, doc) => {
    const layout = buildLayout(doc);
    const fast = docxParts(await layoutToDocx(layout, { source: doc }));
    const whole = docxParts(await packDocx(buildDocxTree(layout), doc));
    expect([...fast.keys()]).toEqual([...whole.keys()]);
    // docProps/core.xml carries the time of writing: the one difference allowed.
    const untimed = (xml: string | undefined) => xml?.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "T");
    for (const [path, xml] of whole) expect([path, untimed(fast.get(path))]).toEqual([path, untimed(xml)]);
    const back = readDocx(await layoutToDocx(layout, { source: doc }));
    expect(back.ok && back.value).toEqual(doc);
  });

  it("xmlText writes what docx writes, quirks included", async () => {
    const cases = [
      el("w:b"),
      el("w:b", { "w:val": "false" }),
      el("w:p", undefined, [el("w:pPr", undefined, [el("w:jc", { "w:val": "both" })])]),
      { "w:t": [{ _attr: { "xml:space": "preserve" } }, "a < b & \"c\" 'd' \u0001e"] },
      { "w:t": [{ _attr: { "xml:space": "preserve" } }, ""] },
      { "w:r": [el("w:tab"), "x", "y"] },
      { "w:r": [{ _attr: { a: 1 } }, el("w:br"), { _attr: { b: "<" } }] },
      { "w:sz": 24 },
      { "w:x": { _cdata: "a]]>b" } },
      { "w:p": [] },
    ];
    const file = docxDocument("", [{ children: cases.map((x) => new RawBlock(x)) }]);
    const xml = docxParts(await packPackage(file, [])).get("word/document.xml")!;
    const body = xml.slice(xml.indexOf("<w:body>") + 8, xml.indexOf("<w:sectPr"));
    expect(cases.map((x) => xmlText(x)).join("")).toBe(body);
  });
});
