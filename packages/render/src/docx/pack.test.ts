/**
 * The fast path of `layoutToDocx` (section bodies written as XML text by render, `WML_TEXT`, into
 * the package docx writes around placeholders) gives the same parts as docx writing the whole tree
 * of the reference writer's objects: every example document and a consolidated report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "@doingoai/core";
import { EXAMPLES } from "@doingoai/core/fixtures";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { readDocx } from "../read";
import { buildDocxTree } from "./build";
import { layoutToDocx } from "./layout-to-docx";
import { packDocx } from "./pack";
import { docxParts } from "./testing/inspect";

/** CRC-32 (ISO 3309), bit by bit: the reference the ZIP entries are checked against. */
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries of a ZIP file's central directory: name, CRC-32, sizes. */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; size: number; packed: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      crc: view.getUint32(at + 16, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + skip;
  }
  return out;
}

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

  it("writes every ZIP entry with its CRC-32 and sizes, natively deflated parts included", async () => {
    const zip = await layoutToDocx(buildLayout(consolidated), { source: consolidated });
    const files = unzipSync(zip);
    const entries = centralDirectory(zip);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
    // The large parts (the body, the source document) are the ones the platform deflates.
    expect(files["word/document.xml"]!.length).toBeGreaterThan(32 * 1024);
    for (const e of entries) {
      expect([e.name, e.size, e.crc]).toEqual([e.name, files[e.name]!.length, crc32(files[e.name]!)]);
      expect(e.packed).toBeLessThan(e.size + 64);
    }
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
