/** docx `Document` → DOCX bytes, strict parts fixed, with the source document as a custom XML part. */

import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
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

/** DEFLATE level of the small parts and of every part where the platform has no native DEFLATE (docx zips at 6). */
export const ZIP_LEVEL = 6;

/** Parts from this size on are deflated by the platform (`CompressionStream`) where it can. */
const NATIVE_FROM = 32 * 1024;

/**
 * Raw DEFLATE by the platform's `CompressionStream` (native zlib in Node, the browser's own
 * otherwise), or undefined where there is none: fflate's, in JavaScript, takes three times the CPU
 * on the body of a 200-page report.
 */
async function nativeDeflate(data: Uint8Array): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream === "undefined") return undefined;
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new CompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return undefined;
  }
}

/**
 * A part whose DEFLATE data is made beforehand: fflate reckons its CRC and size from the raw
 * bytes pushed, and writes the deflated bytes (fflate's documented way: extend ZipPassThrough,
 * override `process`).
 */
class Predeflated extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    if (final) this.ondata(null, this.deflated as Uint8Array<ArrayBuffer>, true);
  }
}

/** The package zipped in the order of `files`: the large parts deflated natively where possible. */
export async function zipPackage(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const large = Object.keys(files).filter((path) => files[path]!.length >= NATIVE_FROM);
  const deflated = await Promise.all(large.map((path) => nativeDeflate(files[path]!)));
  if (deflated.some((d) => d === undefined)) return zipSync(files, { level: ZIP_LEVEL });
  const native = new Map(large.map((path, i) => [path, deflated[i]!]));
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else chunks.push(chunk);
  });
  for (const path in files) {
    const d = native.get(path);
    const file = d ? new Predeflated(path, d) : new ZipDeflate(path, { level: ZIP_LEVEL });
    zip.add(file);
    file.push(files[path]!, true);
  }
  zip.end();
  if (failed) throw failed;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Packs the document whose sections' bodies are placeholders, then puts each body (XML written
 * by render, `xmlText`) in its placeholder's place in word/document.xml, and zips the package
 * once more with the source document's part.
 */
export async function packDocxWithBodies(
  file: DocxDocument,
  bodies: readonly { mark: string; xml: string }[],
  source?: unknown,
): Promise<Uint8Array> {
  const strict = await strictParts(probe, KEPT_STYLE_IDS);
  const json = source === undefined ? undefined : encodePayloadJson(source);
  const shell =
    json === undefined
      ? await packPackage(file, strict)
      : await packPackage(
          file,
          strict,
          [{ id: PAYLOAD_REL_ID, type: REL_CUSTOM_XML, target: `../${PAYLOAD_PATH}` }],
          [{ contentType: CT_CUSTOM_XML_PROPS, partName: `/${PAYLOAD_PROPS_PATH}` }],
        );
  const files = unzipSync(shell);
  const main = "word/document.xml";
  // The placeholders are found in the shell (small) and the pieces joined once: replacing them one
  // by one in the growing document searched and copied the whole body again for every section.
  const shellXml = strFromU8(files[main]!);
  const places = bodies.map(({ mark, xml: body }) => {
    const at = shellXml.indexOf(mark);
    if (at < 0) throw new Error("docx: a section body's placeholder is missing from word/document.xml");
    return { at, end: at + mark.length, body };
  });
  places.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, end, body } of places) {
    pieces.push(shellXml.slice(from, at), body);
    from = end;
  }
  pieces.push(shellXml.slice(from));
  files[main] = strToU8(pieces.join(""));
  if (json !== undefined) for (const { path, data } of payloadFiles(json)) files[path] = strToU8(data);
  return zipPackage(files);
}
