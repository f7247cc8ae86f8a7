// The main job (README "Quick start", first command): install, build, render every example
// document to DOCX and HTML in out/, consolidate the example province's unit reports into its
// own report (JSON, record, DOCX, HTML in out/tong-hop/), then serve the demo portal page on localhost.
// `--no-serve` stops after rendering.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePnpm, must, sh } from "./ensure.mjs";

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
const consolidate = [
  "packages/cli/dist/bin.js",
  "consolidate",
  "--inbox",
  "examples/consolidation/inbox.json",
  "--units",
  "examples/consolidation/units.json",
  "--request",
  "examples/consolidation/request.json",
  "--previous",
  "examples/consolidation/previous.json",
  "--frame",
  "examples/consolidation/frame.json",
];
// Exit 1 means "written, but some input was left out": the example inbox holds a report of another
// period and one of a unit not in the list on purpose, to show those issues.
for (const [format, extra] of [
  ["json", ["--record", "out/tong-hop/ban-ghi.json"]],
  ["docx", []],
  ["html", []],
]) {
  const out = `out/tong-hop/tong-hop.${format}`;
  const code = sh("node", [...consolidate, "--format", format, "--out", out, ...extra]);
  if (code > 1 || !existsSync(out)) {
    console.error(`✗ doingoai consolidate --format ${format} thoát với mã ${code} / exited with ${code}`);
    process.exit(code || 1);
  }
}
console.log(`\nĐã xuất các văn bản mẫu ra DOCX và HTML tại: ${join(root, "out")}/`);
console.log(`Example documents rendered to DOCX and HTML in: ${join(root, "out")}/`);
console.log(
  `Báo cáo tổng hợp / consolidated report (JSON, record, DOCX, HTML): ${join(root, "out", "tong-hop")}/\n`,
);
if (serve) {
  if (!existsSync("examples/portal/server.mjs")) {
    console.error("✗ examples/portal/server.mjs không có / is missing");
    process.exit(1);
  }
  must("node", ["examples/portal/server.mjs", ...process.argv.slice(2).filter((a) => a !== "--no-serve")]);
}
