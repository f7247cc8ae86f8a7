import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { renderDocx } from "./src/docx";
const out = process.argv[2] ?? "/tmp/look";
mkdirSync(out, { recursive: true });
const dir = "../../examples/documents/";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(dir + f, "utf8"));
  writeFileSync(`${out}/${f.replace(".json", ".docx")}`, await renderDocx(doc));
}
