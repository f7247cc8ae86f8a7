// `pnpm bench`: prints the figures of every benchmark (speed and size goals live here, not in tests),
// then the sizes of three apps (core/lite, the main entries, the form) built from the packed
// tarballs by Vite, webpack, esbuild and rollup, against their budgets (tests/consumers/run.mjs;
// `pnpm bench --no-consumers` leaves them out).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sh } from "./ensure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const benches = [];
for (const pkg of readdirSync("packages")) {
  const dir = join("packages", pkg, "bench");
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (/\.(ts|mjs)$/.test(f)) benches.push(join(dir, f));
}
// Benchmarks measure what ships: build first when a package has no dist/.
if (readdirSync("packages").some((p) => !existsSync(join("packages", p, "dist")))) {
  if (sh("pnpm", ["build"]) !== 0) process.exit(1);
}
let failed = 0;
for (const b of benches) {
  const args = b.endsWith(".ts") ? ["--conditions=@doingoai/source", "--import", "tsx", b] : [b];
  if (sh("node", args) !== 0) failed++;
}
if (!process.argv.includes("--no-consumers")) {
  if (sh("node", ["tests/consumers/run.mjs", "--only=builds"]) !== 0) failed++;
  const file = join(root, "node_modules/.cache/consumers.json");
  if (existsSync(file)) {
    const { sizes, budgets } = JSON.parse(readFileSync(file, "utf8"));
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log("\nJavaScript loaded with the page, gzip -9 (lazy chunks apart), from the packed tarballs:");
    console.log(
      `${"app".padEnd(6)} ${"budget".padStart(9)}  ${["vite", "webpack", "esbuild", "rollup"].map((b) => b.padStart(24)).join("")}`,
    );
    for (const app of Object.keys(budgets)) {
      const cells = ["vite", "webpack", "esbuild", "rollup"].map((b) => {
        const s = sizes[`${b}/${app}`];
        if (!s) return "—".padStart(24);
        const mark = s.initial <= budgets[app] ? "ok" : "OVER";
        return `${kb(s.initial)} ${mark} +${kb(s.lazy)}`.padStart(24);
      });
      console.log(`${app.padEnd(6)} ${kb(budgets[app]).padStart(9)}  ${cells.join("")}`);
    }
  }
}
process.exit(failed ? 1 : 0);
