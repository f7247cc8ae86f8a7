/**
 * The fast path of `layoutToDocx` (section bodies written as XML text by render, `WML_TEXT`, into
 * the package docx writes around placeholders) gives the same parts as docx writing the whole tree
 * of the reference writer's objects: every example document and a consolidated report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "@doingoai/core";
import { EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { readDocx } from "../read";
import { buildDocxTree } from "./build";
import { layoutToDocx } from "./layout-to-docx";
import { packDocx } from "./pack";
import { docxParts } from "./testing/inspect";

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

  // The package around the bodies is written once per shape of sections and kept: another
  // document of that shape, a title to escape or none, and no source give docx's own parts.
  it.each([
    ["a title to escape", "Báo cáo <số 1> & \"2\" 'ba'\u0001\r\n"],
    ["no title", ""],
  ])("%s, without a source: the same parts as docx writing the whole tree", async (_name, title) => {
    const layout = { ...buildLayout(consolidated), title };
    const fast = docxParts(await layoutToDocx(layout));
    const whole = docxParts(await packDocx(buildDocxTree(layout)));
    expect([...fast.keys()]).toEqual([...whole.keys()]);
    const untimed = (xml: string | undefined) => xml?.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "T");
    for (const [path, xml] of whole) expect([path, untimed(fast.get(path))]).toEqual([path, untimed(xml)]);
  });

  it("gives each DOCX the time it was written", async () => {
    const layout = buildLayout(consolidated);
    const before = new Date().toISOString();
    const core = docxParts(await layoutToDocx(layout)).get("docProps/core.xml")!;
    const times = [...core.matchAll(/<dcterms:(?:created|modified)[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(times).toHaveLength(2);
    for (const t of times) expect(t >= before && t <= new Date().toISOString()).toBe(true);
  });
});
