// Release: `node scripts/release.mjs` checks that every public package would publish
// (`pnpm publish --dry-run`, run in CI by `npm test`); `node scripts/release.mjs --publish` versions
// nothing itself — run `pnpm changeset version` first, commit, then this publishes the public
// packages with `pnpm changeset publish` (private examples are never versioned nor published:
// `.changeset/config.json`). Builds first when a package has no dist/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sh } from "./ensure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const publish = process.argv.includes("--publish");

const packages = readdirSync("packages")
  .map((p) => join("packages", p))
  .filter((d) => existsSync(join(d, "package.json")))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ pkg }) => !pkg.private);
if (packages.some(({ dir }) => !existsSync(join(dir, "dist"))) && sh("pnpm", ["build"]) !== 0)
  process.exit(1);

if (publish) process.exit(sh("pnpm", ["changeset", "publish"]));

let failed = 0;
for (const { dir, pkg } of packages) {
  const code = sh("pnpm", ["publish", "--dry-run", "--no-git-checks", "--access", "public"], { cwd: dir });
  console.log(`${code === 0 ? "✓" : "✗"} pnpm publish --dry-run ${pkg.name}`);
  if (code !== 0) failed++;
}
console.log(`release dry run: ${packages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
