// DOCX rendering time of the seed-000 example document (goal ≤ 25 ms median on this 2-core
// machine), and where the time goes: layout, docx object tree, packing (docx's public Packer).
// Run: `npx tsx packages/render/bench/docx.ts` (or `pnpm bench`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const CONDITION = "@doingoai/source";
if (!process.execArgv.some((a) => a.includes(CONDITION))) {
  // The workspace packages resolve to their sources only under this condition: run again with it.
  const run = spawnSync(
    process.execPath,
    [`--conditions=${CONDITION}`, "--import", "tsx", fileURLToPath(import.meta.url)],
    { stdio: "inherit" },
  );
  process.exit(run.status ?? 1);
}

const { EXAMPLES } = await import("@doingoai/core/fixtures");
const { buildLayout } = await import("../src/layout");
const { buildDocxTree } = await import("../src/docx/build");
const { packDocx } = await import("../src/docx/pack");
const { renderDocx } = await import("../src/docx");
const { readDocx } = await import("../src/read");

const doc = EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"];
if (!readDocx(await renderDocx(doc)).ok) throw new Error("the seed-000 DOCX does not read back");

const WARM_UP = 30;
const RUNS = 100;

interface Sample {
  wall: number;
  cpu: number;
}
const stages = ["total", "layout", "tree", "pack"] as const;
const samples: Record<(typeof stages)[number], Sample[]> = { total: [], layout: [], tree: [], pack: [] };
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function measure(into: Sample[] | undefined, f: () => unknown): Promise<void> {
  const w = performance.now();
  const c = cpuNow();
  await f();
  into?.push({ wall: performance.now() - w, cpu: cpuNow() - c });
}

let size = 0;
for (let i = 0; i < WARM_UP + RUNS; i++) {
  const s = i < WARM_UP ? undefined : samples;
  await measure(s?.total, async () => {
    size = (await renderDocx(doc)).length;
  });
  let layout = buildLayout(doc);
  await measure(s?.layout, () => {
    layout = buildLayout(doc);
  });
  let file = buildDocxTree(layout);
  await measure(s?.tree, () => {
    file = buildDocxTree(layout);
  });
  await measure(s?.pack, () => packDocx(file, doc));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const m = (stage: (typeof stages)[number]) => ({
  wall: median(samples[stage].map((x) => x.wall)),
  cpu: median(samples[stage].map((x) => x.cpu)),
});
const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (label: string, v: Sample) =>
  `  ${label.padEnd(34)}${ms(v.wall).padStart(9)}  (CPU ${ms(v.cpu)})`;
const total = m("total");
console.log(
  `render docx (seed 000): median ${ms(total.wall)} over ${RUNS} runs (CPU ${ms(total.cpu)}; goal ≤ 25 ms; ${Math.round(size / 1024)} KB)`,
);
console.log(line("buildLayout", m("layout")));
console.log(line("build docx tree (styles, sections)", m("tree")));
console.log(line("pack (XML, custom part, zip)", m("pack")));
