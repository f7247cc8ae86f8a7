// DOCX rendering time of the seed-000 example document (goal ≤ 25 ms median on this 2-core
// machine), and where the time goes: layout, docx object tree, XML writing, zip.
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
const { Packer } = await import("docx");
const { buildLayout } = await import("../src/layout");
const { buildDocxTree } = await import("../src/docx/build");
const { packDocx } = await import("../src/docx/pack");
const { renderDocx } = await import("../src/docx");
const { readDocx } = await import("../src/read");

const doc = EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"];
if (!readDocx(await renderDocx(doc)).ok) throw new Error("the seed-000 DOCX does not read back");

const WARM_UP = 30;
const RUNS = 100;

// docx's compiler (tree → XML strings) is private to docx: reached here only to split packing
// into XML writing and zipping. renderDocx uses the public Packer.
type Compiler = { compile(file: unknown, prettify?: unknown, overrides?: unknown[]): Map<string, unknown> };
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
if (typeof compiler?.compile !== "function")
  throw new Error("docx's compiler is not where docx 9.15.2 keeps it");
const compile = (file: unknown) => compiler.compile(file, undefined, []);

interface Sample {
  wall: number;
  cpu: number;
}
const stages = ["total", "layout", "tree", "xml", "fixed", "pack"] as const;
const samples: Record<(typeof stages)[number], Sample[]> = {
  total: [],
  layout: [],
  tree: [],
  xml: [],
  fixed: [],
  pack: [],
};
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
  // The XML of every part, less the tree; and of a document with an empty body and no appendix,
  // which is what every document pays (styles, theme, numbering, settings, headers, properties).
  await measure(s?.xml, () => compile(buildDocxTree(layout)));
  const empty = { ...layout, body: [], appendices: [] };
  await measure(s?.fixed, () => compile(buildDocxTree(empty)));
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
const tree = m("tree");
const sub = (a: Sample, b: Sample) => ({ wall: a.wall - b.wall, cpu: a.cpu - b.cpu });
const xml = sub(m("xml"), tree);
console.log(
  `render docx (seed 000): median ${ms(total.wall)} over ${RUNS} runs (CPU ${ms(total.cpu)}; goal ≤ 25 ms; ${Math.round(size / 1024)} KB)`,
);
console.log(line("buildLayout", m("layout")));
console.log(line("build docx tree (styles, sections)", tree));
console.log(line("pack (Packer.pack + custom part)", m("pack")));
const fixed = sub(m("fixed"), tree);
console.log(line("  of which XML of every part", xml));
console.log(line("    every document's (styles, theme…)", fixed));
console.log(line("    this document's body", sub(xml, fixed)));
console.log(line("  of which JSON part + zip (level 6)", sub(m("pack"), xml)));
