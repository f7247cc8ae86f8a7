/** docx `Document` → DOCX bytes, with the source document as a custom XML part. */
import { type Document as DocxDocument, Packer } from "docx";
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
  if (json === undefined) return Packer.pack(file, "uint8array", false);
  file.Document.Relationships.addRelationship(PAYLOAD_REL_ID, REL_CUSTOM_XML, `../${PAYLOAD_PATH}`);
  file.ContentTypes.addOverride(CT_CUSTOM_XML_PROPS, `/${PAYLOAD_PROPS_PATH}`);
  return Packer.pack(file, "uint8array", false, payloadFiles(json));
}
