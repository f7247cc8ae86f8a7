// DOCX rendering time of a 100-unit consolidated report (goal ≤ 100 ms median on this 2-core
// machine), beside the seed-000 example document rendered in the same run as the baseline.
// The province is the seeded generator of examples/consolidation with 36 extra communes (64 + 36
// = 100 reporting units); the report carries every unit's narrative and the appendices.
// The package docx writes around the bodies is kept per shape of sections (pack.ts): a line gives
// the time when it is written afresh for every DOCX, as for the first DOCX of a shape in a process.
// The machine is shared: the load average is printed with the figures.
// Run: `npx tsx packages/render/bench/consolidation-docx.ts` (or `pnpm bench`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const CONDITION = "@doingoai/source";
if (!process.execArgv.some((a) => a.includes(CONDITION))) {
  const run = spawnSync(
    process.execPath,
    [`--conditions=${CONDITION}`, "--import", "tsx", fileURLToPath(import.meta.url)],
    { stdio: "inherit" },
  );
  process.exit(run.status ?? 1);
}

const { consolidate, validate } = await import("@doingoai/core");
const { EXAMPLES } = await import("@doingoai/core/fixtures");
const { renderDocx } = await import("../src/docx");
const { buildLayout } = await import("../src/layout");
const { buildDocxTree } = await import("../src/docx/build");
const { forgetShells, packDocx } = await import("../src/docx/pack");
const { availableParallelism, loadavg } = await import("node:os");
/** The path before render wrote the bodies itself: docx writes the whole tree, fflate zips it. */
const wholeTree = (doc: typeof consolidated) => packDocx(buildDocxTree(buildLayout(doc)), doc);
// @ts-expect-error: the generator is plain JavaScript
const { generateProvince, RECEIVER_FRAME } = await import("../../../examples/consolidation/generate.mjs");

const province = generateProvince({ seed: 100, extra: 36, scenario: false });
const units = province.units.filter((u: { parent?: string }) => u.parent).length;
const result = consolidate(province.submissions, {
  units: province.units,
  request: province.request,
  frame: RECEIVER_FRAME,
});
const checked = validate(result.document);
if (!checked.ok) throw new Error("the 100-unit consolidated report does not validate");
const consolidated = checked.value;
const seed = EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"];
// Where the time goes: the same report without the units' narratives (figures, tables, appendices).
const figuresOnly = structuredClone(consolidated);
for (const a of Object.values(figuresOnly.body.areas) as { narrative?: string[] }[])
  if (a.narrative) a.narrative = a.narrative.slice(0, 1);
for (const k of ["outlook", "directions", "recommendations"] as const) {
  const a = figuresOnly.body[k] as { narrative?: string[] } | undefined;
  if (a?.narrative) a.narrative = a.narrative.slice(0, 1);
}
for (const k of ["advantages", "difficulties", "causes", "objectiveCauses", "subjectiveCauses"] as const) {
  const a = (figuresOnly.body.assessment as Record<string, { narrative?: string[] }> | undefined)?.[k];
  if (a?.narrative) a.narrative = a.narrative.slice(0, 1);
}

const WARM_UP = 3;
const RUNS = 15;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const samples = {
  consolidated: [] as number[][],
  figuresOnly: [] as number[][],
  seed: [] as number[][],
  wholeTree: [] as number[][],
  freshShell: [] as number[][],
};
const docs = { consolidated, figuresOnly, seed, wholeTree: consolidated, freshShell: consolidated };
let size = 0;
const time = async (which: keyof typeof samples, i: number) => {
  const w = performance.now();
  const c = cpuNow();
  const bytes = await (which === "wholeTree" ? wholeTree(docs[which]) : renderDocx(docs[which]));
  if (which === "consolidated") size = bytes.length;
  if (i >= WARM_UP) samples[which].push([performance.now() - w, cpuNow() - c]);
};
for (let i = 0; i < WARM_UP + RUNS; i++)
  for (const which of ["consolidated", "figuresOnly", "seed", "wholeTree"] as const) await time(which, i);
// Apart, so that the other figures are of shells kept, as in a process that writes many DOCX.
for (let i = 0; i < WARM_UP + RUNS; i++) {
  forgetShells();
  await time("freshShell", i);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const show = (which: keyof typeof samples) =>
  `median ${ms(median(samples[which].map((s) => s[0]!)))} (CPU ${ms(median(samples[which].map((s) => s[1]!)))})`;
console.log(
  `render docx (consolidation of ${units} units, ${consolidated.appendices?.length ?? 0} appendices, ${Math.round(size / 1024)} KB): ${show("consolidated")} over ${RUNS} runs; goal ≤ 100 ms`,
);
console.log(`  the same without the units' narratives:   ${show("figuresOnly")}`);
console.log(`  baseline, seed 000 in the same run:      ${show("seed")}`);
console.log(`  the package shell written afresh:        ${show("freshShell")}`);
console.log(`  before: docx writing the whole tree:     ${show("wholeTree")}`);
const [one, five] = loadavg();
console.log(
  `  load average at the end: ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) on ${availableParallelism()} cores`,
);
