// All tests (README "Quick start", second command): install what is missing (pnpm, and Chromium,
// LibreOffice, poppler, xmllint from Debian's packages), build, then lint, typecheck, unit and
// cross-package tests (DOCX/LibreOffice, CLI), browser tests in Chromium, the consumer suite (the
// packed tarballs in fresh npm projects: Node, TypeScript, Vite/webpack/esbuild/rollup, publint,
// attw) and the release dry run (`pnpm publish --dry-run` of every public package). Ends with one
// line "N passed, N failed".
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePnpm, ensureSystemTools, must, sh } from "./ensure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const pnpm = ensurePnpm();
ensureSystemTools(["chromium", "soffice", "pdftotext", "xmllint"]);
must(pnpm, ["install", "--frozen-lockfile"]);
must(pnpm, ["build"]);
must(pnpm, ["lint"]);
must(pnpm, ["typecheck"]);

const reports = [];
function vitest(name, extra) {
  const file = join(root, `node_modules/.cache/vitest-${name}.json`);
  rmSync(file, { force: true });
  const code = sh(pnpm, [
    "exec",
    "vitest",
    "run",
    ...extra,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${file}`,
  ]);
  reports.push({ name, code, file });
}
vitest("unit", []);
if (existsSync("tests/browser/vitest.config.ts"))
  vitest("browser", ["--config", "tests/browser/vitest.config.ts"]);

let passed = 0;
let failed = 0;
let exit = 0;

// The packages as npm users get them; each script prints its own checks and counts.
const consumers = join(root, "node_modules/.cache/consumers.json");
rmSync(consumers, { force: true });
if (sh("node", ["tests/consumers/run.mjs"]) !== 0) exit = 1;
if (existsSync(consumers)) {
  const c = JSON.parse(readFileSync(consumers, "utf8"));
  passed += c.passed;
  failed += c.failed;
} else failed += 1;
if (sh("node", ["scripts/release.mjs"]) === 0) passed += 1;
else {
  failed += 1;
  exit = 1;
}
for (const r of reports) {
  if (r.code !== 0) exit = 1;
  if (!existsSync(r.file)) {
    failed += 1;
    console.error(`✗ ${r.name}: không có kết quả / no results`);
    continue;
  }
  const j = JSON.parse(readFileSync(r.file, "utf8"));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  if (j.numTotalTests === 0) exit = 1;
}
if (failed > 0) exit = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exit);
