// Child process of hostile-docx.test.ts: reads one file with readDocx and prints what it
// answered, how long it took and the process's peak memory, as one JSON line.
// node tests/security/read-child.mjs MODULE FILE
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [, , modulePath, file] = process.argv;
const { readDocx } = await import(pathToFileURL(modulePath).href);
const bytes = readFileSync(file); // a Buffer is a Uint8Array: no second copy
const start = performance.now();
const result = readDocx(bytes, { lang: "en" });
const ms = performance.now() - start;
const codes = [...new Set(result.issues.map((i) => i.code))];
const messages = result.issues.slice(0, 3).map((i) => i.message.slice(0, 300));
process.stdout.write(
  `${JSON.stringify({ ok: result.ok, codes, messages, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
