// `pnpm bench`: prints the figures of every benchmark (speed and size goals live here, not in tests).
import { existsSync, readdirSync } from "node:fs";
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
process.exit(failed ? 1 : 0);
