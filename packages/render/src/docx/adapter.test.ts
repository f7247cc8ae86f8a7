/**
 * The contract between render and the docx library: what render relies on in docx, through the
 * adapter, checked against docx itself. A docx upgrade that breaks any of it fails here, by name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import {
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  packPackage,
  STRICT_PARTS,
  STRICT_PATCHES,
  strictParts,
  strictXml,
  TextRun,
} from "./adapter";
import { buildDocxTree, docxDocument } from "./build";
import { packDocx } from "./pack";
import { docxParts, part } from "./testing/inspect";
import { el, RawBlock } from "./wml";

const SRC = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The parts docx itself writes for a document, before render fixes any. */
async function docxOwnParts(file: InstanceType<typeof Document>): Promise<Map<string, string>> {
  return docxParts(await packPackage(file, []));
}

describe("the docx adapter", () => {
  it("is the only module of render that imports docx", () => {
    const importsDocx = /^(import|export)\b[^;]*\bfrom "docx(\/[^"]*)?";/m;
    const importers = sources(SRC).filter((f) => importsDocx.test(readFileSync(f, "utf8")));
    expect(importers.map((f) => f.slice(SRC.length))).toEqual(["docx/adapter.ts"]);
  });
});

describe("docx writes what render fixes", () => {
  it("writes the markup the strict parts lose, and only that is removed", async () => {
    const parts = await docxOwnParts(docxDocument("", [{ children: [] }]));
    const patched = STRICT_PATCHES.map((re) =>
      STRICT_PARTS.some((p) => parts.has(p) && new RegExp(re.source).test(part(parts, p))),
    );
    // A patch that finds nothing to remove is no longer needed: remove it from the adapter.
    expect(patched).toEqual(STRICT_PATCHES.map(() => true));
    for (const p of STRICT_PARTS) {
      if (!parts.has(p)) continue;
      const fixed = strictXml(part(parts, p));
      expect(fixed, p).not.toMatch(/ mc:Ignorable=| w15:restartNumberingAfterBreak=/);
      expect(fixed.replace(/\s+/g, ""), p).toBe(
        part(parts, p)
          .replace(/ mc:Ignorable="[^"]*"| w15:restartNumberingAfterBreak="[^"]*"/g, "")
          .replace(/\s+/g, ""),
      );
    }
  });

  it.each(Object.entries(EXAMPLES))(
    "writes the strict parts of %s as of an empty document with the same options",
    async (_, doc) => {
      const own = await docxOwnParts(buildDocxTree(buildLayout(doc)));
      const strict = await strictParts(() => docxDocument("", [{ children: [] }]));
      expect(strict.map((p) => p.path).sort()).toEqual(STRICT_PARTS.filter((p) => own.has(p)).sort());
      for (const p of strict) expect(p.data, p.path).toBe(strictXml(part(own, p.path)));
    },
  );
});

describe("docx API render relies on", () => {
  it("writes a FileChild's prepForXml object as XML (the raw WordprocessingML of the body)", async () => {
    const raw = new RawBlock(el("w:p", undefined, [el("w:r", undefined, [el("w:t", undefined, ["x"])])]));
    const xml = part(
      await docxOwnParts(new Document({ sections: [{ children: [raw] }] })),
      "word/document.xml",
    );
    expect(xml).toContain("<w:body><w:p><w:r><w:t>x</w:t></w:r></w:p><w:sectPr");
  });

  it("replaces and adds parts, relationships and content types when packing", async () => {
    const file = new Document({ sections: [{ children: [] }] });
    const parts = docxParts(
      await packPackage(
        file,
        [
          { path: "word/fontTable.xml", data: "<replaced/>" },
          { path: "customXml/item1.xml", data: "<added/>" },
        ],
        [
          {
            id: "Test1",
            type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
            target: "../customXml/item1.xml",
          },
        ],
        [{ contentType: "application/test+xml", partName: "/customXml/item1.xml" }],
      ),
    );
    expect(part(parts, "word/fontTable.xml")).toBe("<replaced/>");
    expect(part(parts, "customXml/item1.xml")).toBe("<added/>");
    expect(part(parts, "word/_rels/document.xml.rels")).toMatch(
      /Id="rIdTest1" Type="[^"]*customXml" Target="..\/customXml\/item1.xml"/,
    );
    expect(part(parts, "[Content_Types].xml")).toContain(
      '<Override ContentType="application/test+xml" PartName="/customXml/item1.xml"/>',
    );
  });

  it("writes sections with their page, a title page, numbering from 1 and a page-number header", async () => {
    const file = new Document({
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
              pageNumbers: { start: 1 },
            },
          },
          headers: {
            default: new Header({
              children: [new Paragraph({ children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
            }),
          },
          children: [],
        },
      ],
    });
    const parts = await docxOwnParts(file);
    const xml = part(parts, "word/document.xml");
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain("<w:titlePg/>");
    expect(xml).toMatch(/<w:pgNumType w:start="1"\/>/);
    const header = [...parts.keys()].find((p) => /^word\/header\d+\.xml$/.test(p));
    expect(header && part(parts, header)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it("packs every example, with its source, into a DOCX that carries the strict parts", async () => {
    for (const doc of Object.values(EXAMPLES)) {
      const parts = docxParts(await packDocx(buildDocxTree(buildLayout(doc)), doc));
      for (const p of STRICT_PARTS) if (parts.has(p)) expect(part(parts, p)).not.toContain("mc:Ignorable");
      expect(parts.has("customXml/item1.xml")).toBe(true);
    }
  });
});
