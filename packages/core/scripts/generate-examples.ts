// Writes the plain invalid examples and the issue-code table of docs/validation.md from the
// fixtures: `node --import tsx packages/core/scripts/generate-examples.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INVALID_DIR, invalidFiles, VALIDATION_MD, withIssueTable } from "./docs-from-fixtures";

for (const [file, text] of Object.entries(invalidFiles())) {
  writeFileSync(join(INVALID_DIR, file), text);
  console.log(`wrote examples/documents/invalid/${file}`);
}
writeFileSync(VALIDATION_MD, withIssueTable(readFileSync(VALIDATION_MD, "utf8")));
console.log("wrote the issue-code table of docs/validation.md");
