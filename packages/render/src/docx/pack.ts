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
  if (json === undefined) return strictParts(await Packer.pack(file, "uint8array", false));
  file.Document.Relationships.addRelationship(PAYLOAD_REL_ID, REL_CUSTOM_XML, `../${PAYLOAD_PATH}`);
  file.ContentTypes.addOverride(CT_CUSTOM_XML_PROPS, `/${PAYLOAD_PROPS_PATH}`);
  return strictParts(await Packer.pack(file, "uint8array", false, payloadFiles(json)));
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
