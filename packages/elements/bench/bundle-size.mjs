#!/usr/bin/env node
/**
 * Size of the browser bundle, minified and min+gzip (level 9), with any chunk it imports
 * statically (those load with it), and the lazily imported DOCX chunk(s) apart.
 * Goal: what loads with the page ≤ 45 KB min+gzip.
 *   node packages/elements/bench/bundle-size.mjs [--check]   (--check: exit 1 over the goal)
 */
import { readFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const GOAL_KB = 45;
// DOINGOAI_ELEMENTS_DIST: measure another build (as examples/portal/server.mjs and the browser tests do).
const dist = process.env.DOINGOAI_ELEMENTS_DIST
  ? resolve(process.env.DOINGOAI_ELEMENTS_DIST)
  : join(dirname(fileURLToPath(import.meta.url)), "../dist");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

/** Relative imports of a chunk: static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`). */
function imports(code) {
  const stat = new Set();
  const dyn = new Set();
  for (const m of code.matchAll(/\bimport\s*\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g)) dyn.add(m[1]);
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g)) stat.add(m[1]);
  return { stat: [...stat], dyn: [...dyn] };
}

async function read(name) {
  return readFile(join(dist, name));
}

let entry;
try {
  entry = await read("doingoai-elements.min.js");
} catch {
  console.error("packages/elements/dist/doingoai-elements.min.js is missing: build with `pnpm build`.");
  process.exit(1);
}

// Walk what loads with the page (static imports) and what loads later (dynamic imports).
const initial = new Map([["doingoai-elements.min.js", entry]]);
const lazy = new Map();
const queue = ["doingoai-elements.min.js"];
while (queue.length) {
  const name = queue.shift();
  const code = (initial.get(name) ?? lazy.get(name)).toString("utf8");
  const { stat, dyn } = imports(code);
  for (const rel of stat) {
    const n = posix.normalize(posix.join(posix.dirname(name), rel));
    if (initial.has(n) || lazy.has(n)) continue;
    const buf = await read(n);
    (initial.has(name) ? initial : lazy).set(n, buf);
    queue.push(n);
  }
  for (const rel of dyn) {
    const n = posix.normalize(posix.join(posix.dirname(name), rel));
    if (initial.has(n) || lazy.has(n)) continue;
    lazy.set(n, await read(n));
    queue.push(n);
  }
}

const sum = (bufs, f) => bufs.reduce((a, b) => a + f(b), 0);
const initialMin = sum([...initial.values()], (b) => b.length);
const initialGz = sum([...initial.values()], gz);
const verdict = initialGz <= GOAL_KB * 1024 ? "OK" : "OVER";
const extra =
  initial.size > 1
    ? ` (with ${initial.size - 1} statically imported chunk${initial.size > 2 ? "s" : ""})`
    : "";
// Each lazy chunk apart, the DOCX writer first.
const lazyNames = [...lazy.keys()].sort((a, b) => Number(/docx/i.test(b)) - Number(/docx/i.test(a)));
const lazyText = lazyNames.length
  ? lazyNames.map((n) => `${n} ${kb(lazy.get(n).length)} min, ${kb(gz(lazy.get(n)))} min+gzip`).join(" · ")
  : "no lazy chunk (is the DOCX writer inside the bundle?)";
console.log(
  `doingoai-elements.min.js${extra}: ${kb(initialMin)} min, ${kb(initialGz)} min+gzip (goal ≤ ${GOAL_KB} KB: ${verdict})` +
    ` · loaded on demand: ${lazyText}`,
);
if (process.argv.includes("--check") && verdict !== "OK") process.exit(1);
