// Dev aid: structural check of example documents against the zod schema (before `validate` exists).
import { readFileSync } from "node:fs";
import { Document } from "../packages/core/src/model/document";

for (const file of process.argv.slice(2)) {
  const r = Document.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (r.success) console.log(`${file}: OK`);
  else {
    console.log(`${file}: ${r.error.issues.length} issue(s)`);
    for (const i of r.error.issues.slice(0, 30)) console.log(`  ${i.path.join(".")}: ${i.message}`);
  }
}
