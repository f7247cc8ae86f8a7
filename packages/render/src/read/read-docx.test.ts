import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { layoutToDocx } from "../docx/layout-to-docx";
import { reportLayout } from "../docx/testing/layout-fixture";
import { PAYLOAD_NAMESPACE } from "./payload";
import { readDocx } from "./read-docx";

const doc = () => example(EXAMPLE_NAMES[1]!);

/** Replaces, adds or removes files of a zip package. */
function repack(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

describe("readDocx", () => {
  it("gives back the source document", async () => {
    const source = doc();
    const result = readDocx(await layoutToDocx(reportLayout(), { source }));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(source);
  });

  it("takes an ArrayBuffer too", async () => {
    const bytes = await layoutToDocx(reportLayout(), { source: doc() });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(readDocx(buffer).ok).toBe(true);
  });

  it("finds the part after a word processor renumbered it and added its own", async () => {
    const source = doc();
    const bytes = repack(await layoutToDocx(reportLayout(), { source }), (files) => {
      files["customXml/item3.xml"] = files["customXml/item1.xml"]!;
      files["customXml/item1.xml"] = strToU8('<?xml version="1.0"?><b:Sources xmlns:b="urn:bib"/>');
      // A UTF-16 part, as Office writes some.
      files["customXml/item2.xml"] = new Uint8Array([
        0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00,
      ]);
    });
    expect(readDocx(bytes).value).toEqual(source);
  });

  it("says when the bytes are not a DOCX", () => {
    const result = readDocx(strToU8("not a zip at all"));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "docx.unreadable", path: [], severity: "error" }),
    ]);
    expect(readDocx(new Uint8Array()).issues[0]!.code).toBe("docx.unreadable");
  });

  it("says when the DOCX carries no document, in the language asked", async () => {
    const result = readDocx(await layoutToDocx(reportLayout()), { lang: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "docx.no-document", field: "DOCX file" });
    expect(result.issues[0]!.message).toMatch(/carries no document data/);
    expect(readDocx(await layoutToDocx(reportLayout())).issues[0]!.message).toMatch(/không mang dữ liệu/);
  });

  it("says when the document part is damaged", async () => {
    const bytes = repack(await layoutToDocx(reportLayout(), { source: doc() }), (files) => {
      files["customXml/item1.xml"] = strToU8(
        `<d:document xmlns:d="${PAYLOAD_NAMESPACE}"><oops/></d:document>`,
      );
    });
    expect(readDocx(bytes).issues[0]!.code).toBe("docx.malformed-document");
    const invalidUtf8 = repack(bytes, (files) => {
      files["customXml/item1.xml"] = new Uint8Array([
        ...strToU8(`<d:document xmlns:d="${PAYLOAD_NAMESPACE}">`),
        0xff,
      ]);
    });
    expect(readDocx(invalidUtf8).issues[0]!.code).toBe("docx.malformed-document");
  });

  it("reports broken JSON and an edited document as core's issues", async () => {
    const broken = repack(await layoutToDocx(reportLayout(), { source: doc() }), (files) => {
      files["customXml/item1.xml"] = strToU8(
        `<d:document xmlns:d="${PAYLOAD_NAMESPACE}">{"kind":</d:document>`,
      );
    });
    expect(readDocx(broken).issues[0]!.code).toBe("document.not-json");
    const edited = { ...doc(), frame: { ...doc().frame, symbol: "not a symbol" } };
    const result = readDocx(await layoutToDocx(reportLayout(), { source: edited }));
    expect(result.ok).toBe(false);
    expect(result.issues.some((i) => i.path.join(".") === "frame.symbol")).toBe(true);
  });

  it("refuses a part that claims to be huge rather than inflating it", async () => {
    const bytes = await layoutToDocx(reportLayout(), { source: doc() });
    // Patch the uncompressed size of customXml/item1.xml in its central directory entry.
    const name = strToU8("customXml/item1.xml");
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    for (let i = copy.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const entry = copy.subarray(i + 46, i + 46 + nameLength);
      if (entry.length === name.length && entry.every((b, k) => b === name[k]))
        view.setUint32(i + 24, 0xfffffff0, true);
    }
    expect(readDocx(copy).issues[0]!.code).toBe("docx.too-large");
  });
});
