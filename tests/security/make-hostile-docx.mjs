// The hostile-DOCX corpus: every class of file an attacker may upload to a portal that calls
// `readDocx`, generated (never committed as binaries). `node tests/security/make-hostile-docx.mjs DIR`
// writes them and DIR/corpus.json (name, expected code, what it tries, size) to DIR;
// tests/security/hostile-docx.test.ts reads each one with readDocx in a child process.
//
// Each entry: the file name, the issue code readDocx must answer with, and a note on the attack.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

const NS = "urn:doingoai:document";
const MB = 1024 * 1024;

const te = new TextEncoder();
const bytesOf = (s) => (typeof s === "string" ? te.encode(s) : s);

/** CRC-32 (the zip polynomial); the reader under test never needs it right, but real tools do. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip file from raw entries, so that every header can lie: each entry gives `name`, and
 * either `data` (stored or deflated here) or a raw `stream` with its own `method`, and may
 * override `size`, `compressedSize`, `crc`, or point at another entry's bytes with `sameAs`.
 */
function zip(entries, { eocd } = {}) {
  const chunks = [];
  let offset = 0;
  const central = [];
  const placed = new Map();
  for (const e of entries) {
    const name = bytesOf(e.name);
    let record = e.sameAs !== undefined ? placed.get(e.sameAs) : undefined;
    if (!record) {
      const raw = e.data === undefined ? undefined : bytesOf(e.data);
      const method = e.method ?? (e.stream ? 8 : raw && raw.length > 64 ? 8 : 0);
      const stream = e.stream ?? (method === 8 ? deflateRawSync(raw, { level: 9 }) : raw);
      const size = e.size ?? raw?.length ?? 0;
      const compressedSize = e.compressedSize ?? stream.length;
      const crc = e.crc ?? (raw ? crc32(raw) : 0);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressedSize >>> 0, 18);
      local.writeUInt32LE(size >>> 0, 22);
      local.writeUInt16LE(name.length, 26);
      record = { offset, method, size, compressedSize, crc };
      chunks.push(local, name, stream);
      offset += local.length + name.length + stream.length;
      placed.set(e.name, record);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(record.method, 10);
    c.writeUInt32LE(record.crc, 16);
    c.writeUInt32LE(record.compressedSize >>> 0, 20);
    c.writeUInt32LE(record.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(record.offset, 42);
    central.push(c, name);
  }
  const cdStart = offset;
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(eocd?.count ?? entries.length, 8);
  end.writeUInt16LE(eocd?.count ?? entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** A zip whose zip64 end record claims `count` entries (and a central directory as large). */
function zip64Phantom(count) {
  const entry = zip([{ name: "[Content_Types].xml", data: "<Types/>" }]);
  const body = entry.subarray(0, entry.length - 22); // local header, data, one central record
  const cdStart = entry.readUInt32LE(entry.length - 6);
  const cdSize = body.length - cdStart;
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(count), 24);
  z64.writeBigUInt64LE(BigInt(count), 32);
  z64.writeBigUInt64LE(BigInt(Math.max(cdSize, count * 46)), 40);
  z64.writeBigUInt64LE(BigInt(cdStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([body, z64, locator, end]);
}

const payload = (json) =>
  `<?xml version="1.0" encoding="UTF-8"?><d:document xmlns:d="${NS}">${json}</d:document>`;
const skeleton = [
  {
    name: "[Content_Types].xml",
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  {
    name: "word/document.xml",
    data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  },
];
/** `n` bytes of a payload part that inflates hugely: the namespace, then spaces. */
const spaces = (n) => Buffer.concat([Buffer.from(`<d:document xmlns:d="${NS}">`), Buffer.alloc(n, 0x20)]);

const inPayload = (json) => zip([...skeleton, { name: "customXml/item1.xml", data: payload(json) }]);
const subjectOf = (text) => `{"schemaVersion":1,"kind":"plan","frame":{"subject":"${text}"}}`;

/** Deflated `n` MB of spaces, made once per size. */
const bombCache = new Map();
function bombStream(n) {
  if (!bombCache.has(n)) bombCache.set(n, deflateRawSync(spaces(n * MB), { level: 9 }));
  return bombCache.get(n);
}

/** Every hostile file: [name, expected code, what it tries, () => bytes]. */
export const HOSTILE = [
  [
    "overlapping-entries.docx",
    "docx.unreadable",
    "32 central-directory entries naming one 64 MB deflate stream (the 'many names, one stream' bomb)",
    () =>
      zip([
        ...skeleton,
        { name: "customXml/item1.xml", stream: bombStream(64), size: 64 * MB + 40 },
        ...Array.from({ length: 31 }, (_, i) => ({
          name: `customXml/item${i + 2}.xml`,
          sameAs: "customXml/item1.xml",
        })),
      ]),
  ],
  [
    "overlapping-many.docx",
    "docx.unreadable",
    "1000 entries naming one 7 MB stream, each under the per-part limit (only the total would stop it)",
    () =>
      zip([
        ...skeleton,
        { name: "customXml/item1.xml", data: spaces(7 * MB) },
        ...Array.from({ length: 999 }, (_, i) => ({
          name: `customXml/item${i + 2}.xml`,
          sameAs: "customXml/item1.xml",
        })),
      ]),
  ],
  [
    "part-50mb.docx",
    "docx.too-large",
    "a 50 MB custom XML part that says so",
    () => zip([...skeleton, { name: "customXml/item1.xml", stream: bombStream(50), size: 50 * MB + 40 }]),
  ],
  [
    "part-lying-small-size.docx",
    "docx.unreadable",
    "a 64 MB part whose headers claim 100 bytes",
    () => zip([...skeleton, { name: "customXml/item1.xml", stream: bombStream(64), size: 100 }]),
  ],
  [
    "part-lying-under-limit.docx",
    "docx.unreadable",
    "a 7 MB part whose headers claim 1 MB (under the limits, but more than it says)",
    () => zip([...skeleton, { name: "customXml/item1.xml", data: spaces(7 * MB), size: MB }]),
  ],
  [
    "parts-total.docx",
    "docx.too-large",
    "three distinct 7 MB parts: each under the per-part limit, too much together",
    () =>
      zip([
        ...skeleton,
        ...Array.from({ length: 3 }, (_, i) => ({
          name: `customXml/item${i + 1}.xml`,
          data: Buffer.concat([Buffer.from(`<x${i}/>`), Buffer.alloc(7 * MB, 0x20)]),
        })),
      ]),
  ],
  [
    "stored-lying-compressed-size.docx",
    "docx.unreadable",
    "a stored part whose compressed size (1 MB) differs from its size (100 bytes)",
    () => zip([...skeleton, { name: "customXml/item1.xml", data: spaces(MB), method: 0, size: 100 }]),
  ],
  [
    "stored-past-end.docx",
    "docx.unreadable",
    "a stored part claiming more bytes than the file holds",
    () =>
      zip([
        ...skeleton,
        { name: "customXml/item1.xml", data: spaces(10), method: 0, size: 1e9, compressedSize: 1e9 },
      ]),
  ],
  ...[1e5, 1e8, 1e9].map((count) => [
    `zip64-phantom-${count.toExponential().replace("+", "")}.docx`,
    count > 2000 ? "docx.too-large" : "docx.unreadable",
    `a zip64 end record claiming ${count} entries in a file of a few hundred bytes`,
    () => zip64Phantom(count),
  ]),
  [
    "phantom-count-16bit.docx",
    "docx.too-large",
    "an end record claiming 65,000 entries in a file with two",
    () => zip(skeleton, { eocd: { count: 65000 } }),
  ],
  [
    "many-entries.docx",
    "docx.too-large",
    "60,000 real (empty) entries",
    () => zip(Array.from({ length: 60_000 }, (_, i) => ({ name: `x/${i}`, data: "" }))),
  ],
  [
    "file-40mb.docx",
    "docx.too-large",
    "a 40 MB file (over the file limit), stored",
    () => zip([...skeleton, { name: "word/media/big.bin", data: Buffer.alloc(40 * MB, 1), method: 0 }]),
  ],
  [
    "not-a-zip.docx",
    "docx.unreadable",
    "random bytes",
    () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
  ],
  [
    "truncated.docx",
    "docx.unreadable",
    "a real zip cut in half",
    () => {
      const z = zip([...skeleton, { name: "customXml/item1.xml", data: payload("{}") }]);
      return z.subarray(0, z.length >> 1);
    },
  ],
  [
    "garbage-deflate.docx",
    "docx.unreadable",
    "a deflated part whose stream is garbage",
    () => zip([...skeleton, { name: "customXml/item1.xml", stream: Buffer.alloc(4096, 0xff), size: 8192 }]),
  ],
  [
    "payload-controls.docx",
    "schema.too-big",
    "a payload just under the JSON limit: frame.subject is 300,000 escaped control characters",
    () => inPayload(subjectOf("\\u0001".repeat(300_000))),
  ],
  [
    "payload-legacy.docx",
    "schema.too-big",
    "a payload just under the JSON limit: frame.subject is 1.9 million characters of TCVN3-looking text",
    () => inPayload(subjectOf("C\u00abng t\u00b8c ".repeat(190_000))),
  ],
  [
    "payload-nfd.docx",
    "schema.too-big",
    "a payload just under the JSON limit: frame.subject is 1.9 million characters of NFD text",
    () => inPayload(subjectOf("Co\u0302ng ta\u0301c ".repeat(150_000))),
  ],
  [
    "payload-over-json-limit.docx",
    "document.too-large",
    "a 7 MB payload (over the JSON text limit)",
    () => inPayload(subjectOf("x".repeat(7 * MB))),
  ],
  [
    "payload-deep.docx",
    "document.too-deep",
    "a payload nested 1.9 million levels deep",
    () => inPayload("[".repeat(1_900_000)),
  ],
  [
    "payload-proto.docx",
    "schema.unknown-key",
    "a version-0 payload whose __proto__ key carries the body",
    () =>
      zip([
        ...skeleton,
        {
          name: "customXml/item1.xml",
          data: payload('{"kind":"plan","__proto__":{"body":{"x":1}},"frame":{}}'),
        },
      ]),
  ],
];

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const dir = process.argv[2] ?? "hostile-docx";
  mkdirSync(dir, { recursive: true });
  const corpus = [];
  for (const [name, code, what, make] of HOSTILE) {
    const bytes = make();
    writeFileSync(join(dir, name), bytes);
    corpus.push({ name, code, what, bytes: bytes.length });
    console.log(`${name.padEnd(36)} ${String(bytes.length).padStart(10)} B  → ${code}  (${what})`);
  }
  writeFileSync(join(dir, "corpus.json"), `${JSON.stringify(corpus, null, 1)}\n`);
}
