/**
 * A zip reader for untrusted files: it reads the central directory itself, with every count,
 * size and offset checked against the file before it is used, and inflates only the entries
 * asked for, with fflate's streaming `Inflate`, counting the bytes WHILE inflating. The sizes a
 * header claims are never trusted to bound the work: a claim larger than a limit is refused
 * early, a smaller claim is checked against what really comes out.
 *
 * Refused: a file over its limit; more entries than allowed (checked before any walk, zip64
 * counts included); records that do not fit in the file; entries whose data overlap (the
 * "many names, one stream" bomb) or reach into the central directory; duplicate names; a stored
 * entry whose sizes differ; output beyond the declared size or beyond the per-part or total
 * limits; encrypted, split or unknown-method entries among those asked for.
 */
import { Inflate } from "fflate";

export interface ZipLimits {
  /** The largest file read at all, in bytes. */
  maxFileBytes: number;
  /** The most entries the central directory may list. */
  maxEntries: number;
  /** The most bytes one entry may inflate to. */
  maxPartBytes: number;
  /** The most bytes all the inflated entries together may come to. */
  maxTotalBytes: number;
}

/** Why a zip file is refused: too large for the limits, or not a zip file one can trust. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: "too-large" | "unreadable",
    detail: string,
  ) {
    super(detail);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  /** Offset of the first byte of data (after the local header). */
  dataStart: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/**
 * Compressed bytes handed to the inflater at a time. DEFLATE yields at most ~1032 bytes per
 * compressed byte, so each push is sized to what may still come out (the limits, the declared
 * size): a bomb is stopped within about one megabyte past the first limit it crosses.
 */
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;
const MAX_RATIO = 1032;

const unreadable = (detail: string) => new ZipRefused("unreadable", detail);
const tooLarge = (detail: string) => new ZipRefused("too-large", detail);

/** A little-endian 64-bit field as a number; larger than 2^53 reads as Infinity (refused by every check). */
function u64(view: DataView, at: number): number {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  return high >= 0x200000 ? Number.POSITIVE_INFINITY : high * 0x1_0000_0000 + low;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === SIG_EOCD) return i;
  throw unreadable("no end of central directory record");
}

/** Where the central directory is and how many entries it claims (zip64 end records read too). */
function centralDirectory(view: DataView, limits: ZipLimits): { count: number; start: number; size: number } {
  const eocd = findEndRecord(view);
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  let entriesOnDisk = view.getUint16(eocd + 8, true);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let start = view.getUint32(eocd + 16, true);
  let end = eocd;
  if (count === 0xffff || entriesOnDisk === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR)
      throw unreadable("zip64 end record missing");
    const at = u64(view, locator + 8);
    if (!(at >= 0 && at + 56 <= locator)) throw unreadable("zip64 end record outside the file");
    if (view.getUint32(at, true) !== SIG_ZIP64_EOCD) throw unreadable("bad zip64 end record");
    if (view.getUint32(at + 16, true) !== 0 || view.getUint32(at + 20, true) !== 0)
      throw unreadable("multi-disk zip");
    entriesOnDisk = u64(view, at + 24);
    count = u64(view, at + 32);
    size = u64(view, at + 40);
    start = u64(view, at + 48);
    end = at;
  } else if (disk !== 0 || cdDisk !== 0) throw unreadable("multi-disk zip");
  // Every count is checked before any record is read: a phantom count costs nothing.
  if (entriesOnDisk !== count) throw unreadable("entry counts disagree");
  if (count > limits.maxEntries) throw tooLarge(`${count} entries`);
  if (!(start + size <= end) || count * CENTRAL_SIZE > size)
    throw unreadable("central directory does not fit in the file");
  return { count, start, size };
}

/** The zip64 extra field's values for the fields that are saturated in the record. */
function zip64Extra(
  view: DataView,
  from: number,
  to: number,
  want: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  for (let p = from; p + 4 <= to; ) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    const body = p + 4;
    if (body + length > to) break;
    if (id === 0x0001) {
      const out: { size?: number; compressed?: number; offset?: number } = {};
      let q = body;
      const take = () => {
        if (q + 8 > body + length) throw unreadable("short zip64 extra field");
        const v = u64(view, q);
        q += 8;
        return v;
      };
      if (want.size) out.size = take();
      if (want.compressed) out.compressed = take();
      if (want.offset) out.offset = take();
      return out;
    }
    p = body + length;
  }
  throw unreadable("zip64 extra field missing");
}

/** The entries of a zip file, checked; throws {@link ZipRefused}. */
export function listEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(`${bytes.byteLength} bytes`);
  if (bytes.byteLength < EOCD_SIZE) throw unreadable("too short for a zip file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cd = centralDirectory(view, limits);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const latin1 = new TextDecoder("latin1");
  const utf8 = new TextDecoder("utf-8");
  const cdEnd = cd.start + cd.size;
  let p = cd.start;
  for (let i = 0; i < cd.count; i++) {
    if (p + CENTRAL_SIZE > cdEnd || view.getUint32(p, true) !== SIG_CENTRAL)
      throw unreadable("bad central directory record");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const diskStart = view.getUint16(p + 34, true);
    let offset = view.getUint32(p + 42, true);
    const nameAt = p + CENTRAL_SIZE;
    const next = nameAt + nameLength + extraLength + commentLength;
    if (next > cdEnd) throw unreadable("central directory record overruns");
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      const z = zip64Extra(view, nameAt + nameLength, nameAt + nameLength + extraLength, {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: offset === 0xffffffff,
      });
      size = z.size ?? size;
      compressedSize = z.compressed ?? compressedSize;
      offset = z.offset ?? offset;
    }
    if (diskStart !== 0 && diskStart !== 0xffff) throw unreadable("multi-disk zip");
    const nameBytes = bytes.subarray(nameAt, nameAt + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    if (names.has(name)) throw unreadable(`duplicate entry ${name}`);
    names.add(name);
    if (!(offset + LOCAL_SIZE <= cd.start) || view.getUint32(offset, true) !== SIG_LOCAL)
      throw unreadable(`bad local header for ${name}`);
    const dataStart =
      offset + LOCAL_SIZE + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (!(dataStart + compressedSize <= cd.start)) throw unreadable(`data of ${name} overruns`);
    if (method === 0 && compressedSize !== size) throw unreadable(`stored entry ${name} with two sizes`);
    entries.push({ name, method, flags, compressedSize, size, offset, dataStart });
    p = next;
  }
  // No two entries may share bytes: one stream named many times would inflate many times.
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    if (before.dataStart + before.compressedSize > byOffset[i]!.offset)
      throw unreadable(`entries ${before.name} and ${byOffset[i]!.name} overlap`);
  }
  return entries;
}

/** Counts the bytes inflated across entries against the total limit. */
export class InflateBudget {
  used = 0;
  constructor(readonly limits: ZipLimits) {}

  /** The bytes of `entry`, inflated with the per-part and total limits checked as they come. */
  read(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    if (entry.flags & 0x1) throw unreadable(`${entry.name} is encrypted`);
    if (entry.size > maxPartBytes) throw tooLarge(`${entry.name} claims ${entry.size} bytes`);
    if (this.used + entry.size > maxTotalBytes) throw tooLarge("entries together too large");
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      this.used += data.length;
      return data;
    }
    if (entry.method !== 8) throw unreadable(`${entry.name}: compression method ${entry.method}`);
    const chunks: Uint8Array[] = [];
    let length = 0;
    let failure: ZipRefused | undefined;
    const inflater = new Inflate((chunk) => {
      if (failure) return;
      length += chunk.length;
      if (length > maxPartBytes || this.used + length > maxTotalBytes)
        failure = tooLarge(`${entry.name} inflates past the limit`);
      else if (length > entry.size) failure = unreadable(`${entry.name} inflates past its declared size`);
      else chunks.push(chunk);
    });
    try {
      for (let at = 0; ; ) {
        const room = Math.min(maxPartBytes, maxTotalBytes - this.used, entry.size + 1) - length;
        const chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.floor(room / MAX_RATIO)));
        const end = Math.min(at + chunk, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
        if (failure) throw failure;
        if (end === data.length) break;
        at = end;
      }
    } catch (e) {
      if (e instanceof ZipRefused) throw e;
      throw unreadable(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (length !== entry.size)
      throw unreadable(`${entry.name} inflates to ${length}, not ${entry.size} bytes`);
    this.used += length;
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
