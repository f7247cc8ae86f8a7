// The main job (README "Quick start", first command): install, build, render every example
// document to DOCX and HTML in out/, then serve the demo portal page on localhost.
// `--no-serve` stops after rendering.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePnpm, must } from "./ensure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const serve = !process.argv.includes("--no-serve");

const pnpm = ensurePnpm();
must(pnpm, ["install", "--frozen-lockfile"]);
must(pnpm, ["build"]);
must("node", [
  "packages/cli/dist/bin.js",
  "render",
  "examples/documents",
  "--format",
  "both",
  "--out",
  "out/",
]);
console.log(`\nĐã xuất các văn bản mẫu ra DOCX và HTML tại: ${join(root, "out")}/`);
console.log(`Example documents rendered to DOCX and HTML in: ${join(root, "out")}/\n`);
if (serve) {
  if (!existsSync("examples/portal/server.mjs")) {
    console.error("✗ examples/portal/server.mjs không có / is missing");
    process.exit(1);
  }
  must("node", ["examples/portal/server.mjs", ...process.argv.slice(2).filter((a) => a !== "--no-serve")]);
}
