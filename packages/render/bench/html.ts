/**
 * Median time to render seed 000 (bao-cao-6-thang-dau-nam-2024-huyen-van-quan.json) to a
 * standalone HTML page — layout and writer together, as `renderHtml` does. Goal: ≤ 1 ms.
 *
 *   npx tsx packages/render/bench/html.ts [runs]
 *
 * Workspace packages resolve to their sources through the `@doingoai/source` condition; when it
 * is not set (a plain `npx tsx`), the script runs itself again with it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CONDITION = "--conditions=@doingoai/source";
const here = dirname(fileURLToPath(import.meta.url));

if (!process.execArgv.includes(CONDITION) && !(process.env.NODE_OPTIONS ?? "").includes("@doingoai/source")) {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, CONDITION, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

const { renderHtml } = await import("../src/index");
const file = join(here, "../../../examples/documents/bao-cao-6-thang-dau-nam-2024-huyen-van-quan.json");
const doc = JSON.parse(readFileSync(file, "utf8"));

const runs = Number(process.argv[2] ?? 500);
const GOAL_MS = 1;

// Warm-up: let the JIT settle before measuring.
let size = 0;
for (let i = 0; i < 300; i++) size += renderHtml(doc).length;

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  size += renderHtml(doc).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const p90 = times[Math.floor(times.length * 0.9)]!;
console.log(
  `render html (seed 000): median ${median.toFixed(3)} ms, p90 ${p90.toFixed(3)} ms over ${runs} runs` +
    ` (${(renderHtml(doc).length / 1024).toFixed(1)} KiB; goal ≤ ${GOAL_MS} ms: ${median <= GOAL_MS ? "met" : "NOT met"})`,
);
if (size === 0) console.log("");
