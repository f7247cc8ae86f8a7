// Child process of validate-strings.test.ts: validate() (and validateJson) on a document whose
// subject is a string of `mb` million characters of one class; prints the answer, the time
// and the peak memory as one JSON line.  node tests/security/validate-child.mjs CORE CLASS MB
import { pathToFileURL } from "node:url";

const [, , corePath, cls, mb] = process.argv;
const { validate, validateJson } = await import(pathToFileURL(corePath).href);
const n = Number(mb) * 1_000_000;
const unit = {
  controls: "\u0001\u0002\r\t",
  tcvn3: "C\u00abng t\u00b8c ",
  nfd: "Co\u0302ng ta\u0301c ",
  plain: "a",
}[cls];
const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const doc = { schemaVersion: 1, kind: "plan", frame: { subject: s } };
let start = performance.now();
const r = validate(doc, { lang: "en" });
const ms = performance.now() - start;
const json = JSON.stringify(doc);
start = performance.now();
const rj = validateJson(json, { lang: "en" });
const jsonMs = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({
    length: s.length,
    ok: r.ok,
    issues: r.issues.filter((i) => i.path.join(".") === "frame.subject").map((i) => i.code),
    ms,
    jsonCodes: rj.issues.map((i) => i.code),
    jsonMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
