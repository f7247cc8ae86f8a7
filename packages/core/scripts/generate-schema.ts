// Writes packages/core/schema/*.schema.json and the model IR (src/generated/model-ir.json) from
// the zod model (run by `pnpm schema:generate` at the root or in packages/core; tests fail when the committed files are stale).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildModelIr } from "../src/schema/build-ir";
import { SCHEMA_NAMES, toJsonSchema } from "../src/schema/json-schema";

const dir = join(import.meta.dirname, "../schema");
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(dir, `${name}.schema.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  console.log(`wrote packages/core/schema/${name}.schema.json`);
}

writeFileSync(
  join(import.meta.dirname, "../src/generated/model-ir.json"),
  `${JSON.stringify(buildModelIr())}\n`,
);
console.log("wrote packages/core/src/generated/model-ir.json");
