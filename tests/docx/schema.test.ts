/**
 * (a) Every XML part of every rendered DOCX validates against the OOXML schemas (ISO/IEC 29500
 * transitional + Microsoft's Word extensions, tests/ooxml-schemas), and the check does catch a
 * broken part.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxParts } from "../../packages/render/src/docx/testing/inspect";
import { type Case, renderExamples, renderLayouts } from "./cases";
import { CUSTOM_XML_PROPS_SCHEMA, removeTempDirs, tempDir, validateXml, writeFiles } from "./tools";

afterAll(removeTempDirs);

/** The WordprocessingML parts the schema covers. */
const WML_PART =
  /^word\/(document|styles|settings|numbering|fontTable|footnotes|endnotes|header\d+|footer\d+)\.xml$/;

function extract(cases: Case[]): { wml: string[]; props: string[]; byCase: Map<string, string[]> } {
  const dir = tempDir("schema");
  const wml: string[] = [];
  const props: string[] = [];
  const byCase = new Map<string, string[]>();
  for (const c of cases) {
    const parts = docxParts(c.bytes);
    const files: Record<string, string> = {};
    for (const [path, xml] of parts) {
      if (WML_PART.test(path) || path === "customXml/itemProps1.xml") files[join(c.name, path)] = xml;
    }
    const written = writeFiles(dir, files);
    const paths = Object.entries(written);
    byCase.set(
      c.name,
      paths.map(([name]) => name),
    );
    for (const [name, path] of paths) (name.endsWith("itemProps1.xml") ? props : wml).push(path);
  }
  return { wml, props, byCase };
}

function expectValid(files: string[], schema?: string) {
  const { results, output } = validateXml(files, schema);
  const invalid = results.filter((r) => !r.valid).map((r) => r.file);
  expect(invalid, output.slice(0, 4000)).toEqual([]);
}

describe("OOXML schema: hand-built layouts", () => {
  let extracted: ReturnType<typeof extract>;
  beforeAll(async () => {
    extracted = extract(await renderLayouts());
  });

  it("covers document, styles, settings, numbering and the headers of each case", () => {
    for (const [, names] of extracted.byCase) {
      for (const part of [
        "document",
        "styles",
        "settings",
        "numbering",
        "header1",
        "header2",
        "header3",
        "header4",
      ]) {
        expect(
          names.some((n) => n.endsWith(`word/${part}.xml`)),
          part,
        ).toBe(true);
      }
    }
  });

  it("every part validates, hostile text included", () => {
    expectValid(extracted.wml);
  });

  it("the custom XML properties part validates", () => {
    expectValid(extracted.props, CUSTOM_XML_PROPS_SCHEMA);
  });
});

describe("OOXML schema: the check catches broken parts", () => {
  let good: string;
  beforeAll(async () => {
    const [report] = await renderLayouts();
    good = docxParts(report!.bytes).get("word/document.xml")!;
  });

  const broken: [string, (xml: string) => string][] = [
    ["an unknown element", (xml) => xml.replace("<w:tblGrid>", "<w:tblGrid><w:bogus/>")],
    [
      "a value outside its enumeration",
      (xml) => xml.replace('<w:jc w:val="center"/>', '<w:jc w:val="middle"/>'),
    ],
    ["elements out of order", (xml) => xml.replace(/<w:pgSz [^>]*\/>(<w:pgMar [^>]*\/>)/, "$1<w:pgSz/>")],
    ["a run holding a paragraph", (xml) => xml.replace("<w:r>", "<w:r><w:p/>")],
    ["a table width that is not a number", (xml) => xml.replace('w:w="9355"', 'w:w="wide"')],
    ["a character XML forbids", (xml) => xml.replace("Lê Hải Yến", "Lê Hải\u0001Yến")],
  ];

  it.each(broken)("fails on %s", (_, breakIt) => {
    const bad = breakIt(good);
    expect(bad).not.toBe(good);
    const { document: path } = writeFiles(tempDir("broken"), { document: bad });
    const { results } = validateXml([path!]);
    expect(results[0]!.valid).toBe(false);
  });

  it("passes the same part unbroken", () => {
    const { document: path } = writeFiles(tempDir("unbroken"), { document: good });
    expect(validateXml([path!]).results[0]!.valid).toBe(true);
  });
});

describe("OOXML schema: every example document", () => {
  it("every part of every example validates", async () => {
    const { wml, props } = extract(await renderExamples());
    expect(wml.length).toBeGreaterThan(0);
    expectValid(wml);
    expectValid(props, CUSTOM_XML_PROPS_SCHEMA);
  });
});
