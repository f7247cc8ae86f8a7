/** docx `Document` → DOCX bytes, strict parts fixed, with the source document as a custom XML part. */

import {
  deflateSync,
  strFromU8,
  strToU8,
  unzipSync,
  Zip,
  type ZipInputFile,
  ZipPassThrough,
  zipSync,
} from "fflate";
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
import { escapeXml } from "./wml";
import { xmlSafe } from "./xml-safe";

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

/** A part deflated by the platform: its DEFLATE data, and the CRC-32 and size of its bytes. */
interface NativePart {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * The DEFLATE data in a gzip member (RFC 1952) and its trailer's CRC-32 and size, or undefined
 * when it is not one gzip member of `size` bytes.
 */
function gzipMember(gz: Uint8Array, size: number): NativePart | undefined {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) return undefined;
  const flags = gz[3]!;
  let at = 10;
  if (flags & 4) at += 2 + (gz[10]! | (gz[11]! << 8)); // FEXTRA
  for (const bit of [8, 16]) if (flags & bit) at = gz.indexOf(0, at) + 1; // FNAME, FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  if (at <= 0 || at > gz.length - 8) return undefined;
  const trailer = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 8);
  if (trailer.getUint32(4, true) !== size >>> 0) return undefined;
  return { deflated: gz.subarray(at, gz.length - 8), crc: trailer.getUint32(0, true), size };
}

/**
 * DEFLATE by the platform's `CompressionStream` (native zlib in Node, the browser's own
 * otherwise), or undefined where there is none: fflate's, in JavaScript, takes three times the CPU
 * on the body of a 200-page report. As gzip, whose trailer gives the part's CRC-32 (the ZIP entry
 * needs it; fflate reckoning it in JavaScript took 6 ms on a 100-unit consolidation). The part is
 * written whole, in one chunk (through a `Blob`'s stream it went in 64 KB pieces, each a round
 * trip: twice the time).
 */
async function nativeDeflate(data: Uint8Array): Promise<NativePart | undefined> {
  if (typeof CompressionStream === "undefined") return undefined;
  try {
    const stream = new CompressionStream("gzip");
    const writer = stream.writable.getWriter();
    writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    return gzipMember(new Uint8Array(await new Response(stream.readable).arrayBuffer()), data.length);
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

/**
 * The package zipped in the order of `files`: the large parts deflated natively where possible,
 * the small ones by fflate (`ZIP_LEVEL`) or taken from `deflated` (the same bytes, made before).
 */
export async function zipPackage(
  files: Record<string, Uint8Array>,
  deflated: Map<string, Uint8Array> = new Map(),
): Promise<Uint8Array> {
  const large = Object.keys(files).filter((path) => files[path]!.length >= NATIVE_FROM);
  const natives = await Promise.all(large.map((path) => nativeDeflate(files[path]!)));
  if (natives.some((d) => d === undefined)) return zipSync(files, { level: ZIP_LEVEL });
  const native = new Map(large.map((path, i) => [path, natives[i]!]));
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else chunks.push(chunk);
  });
  for (const path in files) {
    const data = files[path]!;
    const n = native.get(path);
    if (n !== undefined) {
      // fflate's documented way for data compressed elsewhere: a ZipInputFile with its CRC and size.
      const file: ZipInputFile = { filename: path, size: n.size, crc: n.crc, compression: 8 };
      zip.add(file);
      file.ondata!(null, n.deflated as Uint8Array<ArrayBuffer>, true);
      continue;
    }
    const file = new Predeflated(path, deflated.get(path) ?? deflateSync(data, { level: ZIP_LEVEL }));
    zip.add(file);
    file.push(data, true);
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

/** The main document and the core properties: the parts of a shell that are the document's own. */
const MAIN = "word/document.xml";
const CORE = "docProps/core.xml";

/**
 * The package docx writes around the sections' bodies, unzipped: word/document.xml cut at the
 * placeholders, every other part as docx wrote it with its DEFLATE data (made once, when first
 * zipped), docProps/core.xml with a mark for the title.
 */
interface Shell {
  /** word/document.xml before, between and after the bodies. */
  main: string[];
  /** Which body (its index in the marks) goes in each gap of `main`. */
  mainOrder: number[];
  /** docProps/core.xml before and after the title's text (one piece when the title is empty). */
  core: string[];
  files: Record<string, Uint8Array>;
  deflated: Map<string, Uint8Array>;
}

/** What a shell has docx write as its title: docProps/core.xml is cut there, and each DOCX puts its own title in. */
const TITLE_MARK = "DOINGOAI-TITLE-7f3a";
const SHELLS_KEPT = 16;
const shells = new Map<string, Promise<Shell>>();

/** Forgets the shells kept: the next DOCX of each shape has docx write its package again (benchmarks). */
export function forgetShells(): void {
  shells.clear();
}

/** The shell of a `shape` (what its package depends on besides the bodies and the title), docx writing it once. */
function shellOf(
  shape: string,
  marks: readonly string[],
  titled: boolean,
  withPayload: boolean,
  build: (title: string) => DocxDocument,
): Promise<Shell> {
  const key = JSON.stringify([shape, marks, titled, withPayload]);
  let shell = shells.get(key);
  if (shell === undefined) {
    if (shells.size >= SHELLS_KEPT) shells.clear();
    shell = makeShell(marks, titled, withPayload, build);
    shells.set(key, shell);
    // A shell docx failed to write is not kept: the next call tries again.
    shell.catch(() => shells.delete(key));
  }
  return shell;
}

async function makeShell(
  marks: readonly string[],
  titled: boolean,
  withPayload: boolean,
  build: (title: string) => DocxDocument,
): Promise<Shell> {
  const strict = await strictParts(probe, KEPT_STYLE_IDS);
  const file = build(titled ? TITLE_MARK : "");
  const bytes = withPayload
    ? await packPackage(
        file,
        strict,
        [{ id: PAYLOAD_REL_ID, type: REL_CUSTOM_XML, target: `../${PAYLOAD_PATH}` }],
        [{ contentType: CT_CUSTOM_XML_PROPS, partName: `/${PAYLOAD_PROPS_PATH}` }],
      )
    : await packPackage(file, strict);
  const files = unzipSync(bytes);
  const main = cutAt(strFromU8(files[MAIN]!), marks, "a section body's placeholder");
  const core = titled
    ? cutAt(strFromU8(files[CORE]!), [TITLE_MARK], "the title's mark").pieces
    : [strFromU8(files[CORE]!)];
  const deflated = new Map<string, Uint8Array>();
  for (const path in files)
    if (path !== MAIN && path !== CORE) deflated.set(path, deflateSync(files[path]!, { level: ZIP_LEVEL }));
  return { main: main.pieces, mainOrder: main.order, core, files, deflated };
}

/** `text` cut at each of `marks` (each there once), and which mark each cut was, in the text's order. */
function cutAt(text: string, marks: readonly string[], what: string): { pieces: string[]; order: number[] } {
  const places = marks.map((mark, i) => {
    const at = text.indexOf(mark);
    if (at < 0 || text.indexOf(mark, at + 1) >= 0)
      throw new Error(`docx: ${what} is not once in the package`);
    return { at, end: at + mark.length, i };
  });
  places.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, end } of places) {
    pieces.push(text.slice(from, at));
    from = end;
  }
  pieces.push(text.slice(from));
  return { pieces, order: places.map((p) => p.i) };
}

const TIMESTAMP = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;

/**
 * Packs a document whose sections' bodies are XML written by render (`bodies`, in the order of
 * `marks`): docx writes the package around a placeholder paragraph per section (`build`, with the
 * title it is given), the bodies take the placeholders' places, the title its mark's, and the
 * package is zipped once more with the source document's part. What docx writes depends only on
 * `shape` (the sections' kinds: the caller's key) and whether there is a title and a source, so
 * it is written once per shape and kept, its parts' DEFLATE data with it; docProps/core.xml gets
 * the time of this writing, as docx gives it (`pack.test.ts`: the same parts as docx writing the
 * whole tree).
 */
export async function packDocxWithBodies(
  shape: string,
  build: (title: string) => DocxDocument,
  title: string,
  bodies: readonly { mark: string; xml: string }[],
  source?: unknown,
): Promise<Uint8Array> {
  const json = source === undefined ? undefined : encodePayloadJson(source);
  const safeTitle = xmlSafe(title);
  const marks = bodies.map((b) => b.mark);
  const shell = await shellOf(shape, marks, safeTitle !== "", json !== undefined, build);
  const main: string[] = [shell.main[0]!];
  for (let i = 0; i < shell.mainOrder.length; i++)
    main.push(bodies[shell.mainOrder[i]!]!.xml, shell.main[i + 1]!);
  const now = new Date().toISOString();
  const core = shell.core.join(escapeXml(safeTitle)).replace(TIMESTAMP, `$1${now}$3`);
  const files: Record<string, Uint8Array> = {};
  for (const path in shell.files) files[path] = shell.files[path]!;
  files[MAIN] = strToU8(main.join(""));
  files[CORE] = strToU8(core);
  if (json !== undefined) for (const { path, data } of payloadFiles(json)) files[path] = strToU8(data);
  return zipPackage(files, shell.deflated);
}
