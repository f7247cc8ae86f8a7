// Consolidation of 10,000 unit reports against validation of the same 10,000, side by side in one run,
// on the build that ships (dist/). Goal: consolidating takes less time than validating; peak memory
// ≤ 500 MB. The reports come from the seeded generator of examples/consolidation (a province with
// 10,000 reporting units; each report shaped like the Tây Yên Tử example, ≈ 20 KB of JSON).
import { resourceUsage } from "node:process";
import { generateProvince } from "../../../examples/consolidation/generate.mjs";
import { consolidate, validate } from "../dist/index.js";

const N = Number(process.env.CONSOLIDATE_BENCH_UNITS ?? 10_000);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const fmt = (n) => Math.round(n).toLocaleString("en-US");

const heapStart = process.memoryUsage().heapUsed;
const { units, request, submissions } = generateProvince({ seed: 7, extra: N - 64, scenario: false });
const docs = submissions.map((s) => s.document);
const bytes = docs.reduce((n, d) => n + JSON.stringify(d).length, 0);
globalThis.gc?.();
const heapInputs = process.memoryUsage().heapUsed;
console.log(
  `consolidate bench: ${fmt(docs.length)} reports of ${fmt(units.length)} units, ${mb(bytes)} of JSON, ${mb(heapInputs - heapStart)} of heap as objects`,
);

// Wall time, and CPU time of the process (steadier when other processes share the cores).
function time(f) {
  globalThis.gc?.();
  const c = process.cpuUsage();
  const t = performance.now();
  const r = f();
  const d = process.cpuUsage(c);
  return [performance.now() - t, r, (d.user + d.system) / 1000];
}

// Warm both paths on a slice first (JIT), then alternate full runs and keep the medians.
for (let i = 0; i < 300; i++) validate(docs[i]);
consolidate(submissions.slice(0, 300), { units, request });
const v = [];
const c = [];
const vCpu = [];
const cCpu = [];
let last;
let peakHeap = 0;
for (let round = 0; round < 3; round++) {
  const [tv, okCount, cv] = time(() => {
    let ok = 0;
    for (const d of docs) if (validate(d).ok) ok++;
    return ok;
  });
  if (okCount !== docs.length)
    throw new Error(`only ${okCount} of ${docs.length} generated reports validate`);
  v.push(tv);
  vCpu.push(cv);
  const before = process.memoryUsage().heapUsed;
  const [tc, result, cc] = time(() => consolidate(submissions, { units, request }));
  cCpu.push(cc);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - before);
  c.push(tc);
  last = result;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mv = median(v);
const mc = median(c);
const s = last.record.status;
const mvc = median(vCpu);
const mcc = median(cCpu);
console.log(
  `validate ${fmt(docs.length)} reports: median ${fmt(mv)} ms wall, ${fmt(mvc)} ms CPU (${fmt((docs.length / mv) * 1000)} reports/s)`,
);
console.log(
  `consolidate ${fmt(docs.length)} reports: median ${fmt(mc)} ms wall, ${fmt(mcc)} ms CPU (${fmt((docs.length / mc) * 1000)} reports/s) — ${(mc / mv).toFixed(2)}× (wall) / ${(mcc / mvc).toFixed(2)}× (CPU) the time of validating them (goal < 1)`,
);
console.log(
  `  result: ${s.submitted}/${s.expected} submitted, ${fmt(last.record.provenance.length)} figures with provenance, ${last.issues.length} issues; heap grown by one consolidation ≤ ${mb(peakHeap)}`,
);
// maxRSS is in kilobytes: the peak resident memory of the whole run (inputs, validation, consolidation).
console.log(`peak memory of the run (maxRSS): ${mb(resourceUsage().maxRSS * 1024)} (goal ≤ 500 MB)`);
