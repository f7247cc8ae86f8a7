// Writes packages/core/schema/*.schema.json from the zod model (run by `pnpm schema:generate`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_NAMES, toJsonSchema } from "../packages/core/src/schema/json-schema";

const dir = join(import.meta.dirname, "../packages/core/schema");
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(dir, `${name}.schema.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  console.log(`wrote packages/core/schema/${name}.schema.json`);
}
