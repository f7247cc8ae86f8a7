/** docx `Document` → DOCX bytes, strict parts fixed, with the source document as a custom XML part. */
import {
  CT_CUSTOM_XML_PROPS,
  encodePayloadJson,
  PAYLOAD_PATH,
  PAYLOAD_PROPS_PATH,
  payloadFiles,
  REL_CUSTOM_XML,
} from "../read/payload";
import { type Document as DocxDocument, packPackage, strictParts } from "./adapter";
import { docxDocument } from "./build";
import { KEPT_STYLE_IDS } from "./styles";

/** Relationship id of the custom XML part in word/_rels/document.xml.rels ("rId" + this). */
const PAYLOAD_REL_ID = "Doingoai1";

/** A document with render's options and nothing in it: docx writes the strict parts from it. */
const probe = () => docxDocument("", [{ children: [] }]);

/**
 * Packs the document with docx's Packer (no prettifying). Its strict parts replace docx's own;
 * when `source` is given, its JSON travels inside as a custom XML part: its three files go in as
 * parts of the package, its relationship and content type through the document's own lists.
 */
export async function packDocx(file: DocxDocument, source?: unknown): Promise<Uint8Array> {
  const strict = await strictParts(probe, KEPT_STYLE_IDS);
  const json = source === undefined ? undefined : encodePayloadJson(source);
  if (json === undefined) return packPackage(file, strict);
  return packPackage(
    file,
    [...strict, ...payloadFiles(json)],
    [{ id: PAYLOAD_REL_ID, type: REL_CUSTOM_XML, target: `../${PAYLOAD_PATH}` }],
    [{ contentType: CT_CUSTOM_XML_PROPS, partName: `/${PAYLOAD_PROPS_PATH}` }],
  );
}
