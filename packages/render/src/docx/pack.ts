/** docx `Document` → DOCX bytes, with the source document as a custom XML part. */
import { type Document as DocxDocument, Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  CT_CUSTOM_XML_PROPS,
  encodePayloadJson,
  PAYLOAD_PATH,
  PAYLOAD_PROPS_PATH,
  payloadFiles,
  REL_CUSTOM_XML,
} from "../read/payload";

/** Relationship id of the custom XML part in word/_rels/document.xml.rels ("rId" + this). */
const PAYLOAD_REL_ID = "Doingoai1";

/**
 * Packs the document with docx's Packer (no prettifying; fflate, DEFLATE level 6). When `source`
 * is given, its JSON travels inside as a custom XML part: its three files go in as Packer
 * overrides, its relationship and content type through the document's own lists.
 */
export async function packDocx(file: DocxDocument, source?: unknown): Promise<Uint8Array> {
  const json = source === undefined ? undefined : encodePayloadJson(source);
  const overrides = json === undefined ? [] : payloadFiles(json);
  if (json !== undefined) {
    file.Document.Relationships.addRelationship(PAYLOAD_REL_ID, REL_CUSTOM_XML, `../${PAYLOAD_PATH}`);
    file.ContentTypes.addOverride(CT_CUSTOM_XML_PROPS, `/${PAYLOAD_PROPS_PATH}`);
  }
  // docx 9.15's Packer compiles the parts (`Packer.compiler.compile`) then zips them: compile
  // here, make the parts strict, and zip once. Should a later docx hide the compiler, fall
  // back to packing and fixing the zip afterwards (slower, same bytes in the parts).
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== "function")
    return strictParts(await Packer.pack(file, "uint8array", false, overrides));
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(file, undefined, overrides)) {
    files[path] =
      typeof data === "string" ? strToU8(STRICT_PARTS.includes(path) ? strictXml(data) : data) : data;
  }
  return zipSync(files, { level: 6 });
}

interface Compiler {
  compile(
    file: DocxDocument,
    prettify: undefined,
    overrides: { path: string; data: string | Uint8Array }[],
  ): Map<string, string | Uint8Array>;
}

function strictXml(xml: string): string {
  return xml.replace(/ mc:Ignorable="[^"]*"/, "").replace(/ w15:restartNumberingAfterBreak="[^"]*"/g, "");
}

/**
 * Parts that docx writes with markup the strict OOXML schema (ISO/IEC 29500 + Word's own
 * extensions, what the docx library's CI validates against) does not allow on them:
s * `mc:Ignorable` on the root of styles, settings, numbering, fonts and notes, and Word 2012's
 * `w15:restartNumberingAfterBreak` on abstract numbering. None of it changes how the document
 * looks (we use no w14/w15 features); removing it makes every part schema-valid.
 */
const STRICT_PARTS = [
  "word/styles.xml",
  "word/settings.xml",
  "word/numbering.xml",
  "word/fontTable.xml",
  "word/footnotes.xml",
  "word/endnotes.xml",
];

export function strictParts(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  let changed = false;
  for (const path of STRICT_PARTS) {
    const data = files[path];
    if (!data) continue;
    const xml = strFromU8(data);
    const fixed = xml
      .replace(/ mc:Ignorable="[^"]*"/, "")
      .replace(/ w15:restartNumberingAfterBreak="[^"]*"/g, "");
    if (fixed !== xml) {
      files[path] = strToU8(fixed);
      changed = true;
    }
  }
  return changed ? zipSync(files, { level: 6 }) : docx;
}
