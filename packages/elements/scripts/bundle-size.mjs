/**
 * After the bundle build: its gzip size against the budget (45 KB), and a warning when zod is in
 * it (the forms and core validation read the model IR; zod in the bundle means a module of core
 * that builds zod schemas was imported).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const BUDGET = 46_080;
const file = join(dist, "doingoai-elements.min.js");
let size;
try {
  size = execFileSync("gzip", ["-c", file]).length; // the measure of record: gzip -c | wc -c
} catch {
  size = gzipSync(readFileSync(file), { level: 6 }).length;
}
console.log(`doingoai-elements.min.js: ${size} bytes gzip (budget ${BUDGET})`);
if (size > BUDGET) console.warn(`⚠ over the budget by ${size - BUDGET} bytes`);
try {
  const metafile = join(dist, "metafile-esm.json");
  const meta = JSON.parse(readFileSync(metafile, "utf8"));
  rmSync(metafile); // read once here; not shipped
  const inputs = Object.keys(meta.outputs?.["dist/doingoai-elements.min.js"]?.inputs ?? {});
  const zod = inputs.filter((p) => /[\\/]zod[\\/]/.test(p));
  // English is a file of its own (lang-en.js), loaded on first `lang="en"`.
  const english = inputs.filter((p) => /[\\/]strings[\\/]en\.ts$|[\\/]labels[\\/]en\.ts$/.test(p));
  if (english.length) console.warn(`⚠ English texts are in the bundle: ${english.join(", ")}`);
  if (zod.length)
    console.warn(
      `⚠ zod is in the bundle (${zod.length} modules): a core module that builds schemas was imported`,
    );
} catch {
  /* no metafile: nothing more to say */
}
