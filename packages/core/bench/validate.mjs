// Validation throughput of the seed-000 example document on one core, measured on the build
// that ships (dist/). Goal ≥ 20,000 documents/s. Also the cold figure: a freshly parsed copy each
// time, as a server validating uploads sees it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validate } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(
  join(here, "../../../examples/documents/bao-cao-6-thang-dau-nam-2024-huyen-van-quan.json"),
  "utf8",
);
const doc = JSON.parse(text);
if (!validate(doc).ok) throw new Error("the seed-000 example does not validate");

function median(f, rounds = 7, perRound = 4000) {
  for (let i = 0; i < 3000; i++) f();
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < perRound; i++) f();
    rates.push(perRound / ((performance.now() - t) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const warm = median(() => validate(doc));
console.log(
  `validate (seed 000): median ${fmt(warm)} documents/s (${(1e6 / warm).toFixed(1)} µs/document; goal ≥ 20,000/s)`,
);
const copies = Array.from({ length: 64 }, () => JSON.parse(text));
let k = 0;
const cold = median(() => validate(copies[k++ & 63]), 5, 2000);
console.log(`validate (seed 000, 64 distinct parsed copies): median ${fmt(cold)} documents/s`);

// Text never seen before (each copy's strings made unique): the hygiene scan runs on every string.
const fresh = Array.from({ length: 6000 }, (_, n) =>
  JSON.parse(text, (_k, v) => (typeof v === "string" && v.length >= 64 ? `${v} ${n}` : v)),
);
let f = 0;
const t0 = performance.now();
for (const d of fresh) if (validate(d).ok) f++;
const firstSight = fresh.length / ((performance.now() - t0) / 1000);
console.log(`validate (seed 000, text never seen before): ${fmt(firstSight)} documents/s (${f} valid)`);
