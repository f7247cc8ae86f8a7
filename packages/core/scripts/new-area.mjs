#!/usr/bin/env node
// Scaffold a new standard area: `node packages/core/scripts/new-area.mjs <area-id> "<Vietnamese title>"`.
// Writes packages/core/src/areas/<area-id>/{facts,labels,example,indicators}.ts and registers the
// area in every typed map of core (AREA_IDS, AREA_FACTS, the Vietnamese and English area labels,
// AREA_EXAMPLES, AREA_INDICATORS). What is
// left to do is printed at the end; `pnpm typecheck` and the tests point at anything missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [id, title = "TODO"] = process.argv.slice(2);
if (!id || !/^[a-z][a-z]*(-[a-z]+)*$/.test(id)) {
  console.error('usage: node packages/core/scripts/new-area.mjs <area-id> "<Vietnamese title>"');
  process.exit(2);
}
const src = join(import.meta.dirname, "../src");
const dir = join(src, "areas", id);
if (existsSync(dir)) {
  console.error(`the area ${id} exists already (${dir})`);
  process.exit(1);
}
const pascal = id.replace(/(^|-)([a-z])/g, (_, _d, c) => c.toUpperCase());
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const facts = `${pascal}Facts`;
const key = id.includes("-") ? JSON.stringify(id) : id;

mkdirSync(dir);
writeFileSync(
  join(dir, "facts.ts"),
  `/** ${title}: the typed facts of the area. */
import * as z from "zod";
import { common } from "../common";

export const ${facts} = z
  .strictObject({
    ...common,
  })
  .meta({ id: "${facts}" });
export type ${facts} = z.infer<typeof ${facts}>;
`,
);
writeFileSync(
  join(dir, "labels.ts"),
  `/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: ${JSON.stringify(title)},
  short: ${JSON.stringify(title)},
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "TODO",
  short: "TODO",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
`,
);
writeFileSync(
  join(dir, "example.ts"),
  `/**
 * A worked example of the area's facts, as a real document states them. Used by the constructed
 * fixture \`AREAS_REPORT\`, the render coverage test and the docs; an empty example fails that test.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<${JSON.stringify(id)}> = {};
`,
);
writeFileSync(
  join(dir, "indicators.ts"),
  `/**
 * The known indicators of the area (see \`areas/indicators.ts\`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {} as const satisfies AreaIndicators;
`,
);

/** Insert `line` before the first match of `before` in `file` (after `after` when given). */
function insert(file, anchor, line, where = "before") {
  const p = join(src, file);
  const s = readFileSync(p, "utf8");
  const i = s.indexOf(anchor);
  if (i < 0) throw new Error(`${file}: cannot find ${JSON.stringify(anchor)}`);
  const at = where === "before" ? i : i + anchor.length;
  writeFileSync(p, s.slice(0, at) + line + s.slice(at));
}

insert("model/constants.ts", "] as const;\n\nexport const DOCUMENT_KINDS", `  ${JSON.stringify(id)},\n`);
insert(
  "areas/index.ts",
  "\n/** The facts schema of each standard area",
  `import { ${facts} } from "./${id}/facts";\n`,
);
insert("areas/index.ts", "} as const satisfies Record<AreaId, z.ZodType>;", `  ${key}: ${facts},\n`);
insert("areas/index.ts", "export {\n", `  ${facts},\n`, "after");
for (const lang of ["vi", "en"]) {
  const file = `areas/labels-${lang}.ts`;
  insert(file, "import type { AreaLabelShape }", `import { ${lang} as ${camel} } from "./${id}/labels";\n`);
  insert(
    file,
    "} as const satisfies Record<AreaId, AreaLabelShape>;",
    `  ${key}${key === camel ? "" : `: ${camel}`},\n`,
  );
}
insert(
  "areas/examples.ts",
  "import type { AreaFactsMap }",
  `import { example as ${camel} } from "./${id}/example";\n`,
);
insert(
  "areas/examples.ts",
  "} as const satisfies { readonly [K in AreaId]: AreaFactsMap[K] };",
  `  ${key}${key === camel ? "" : `: ${camel}`},\n`,
);
insert(
  "areas/indicators.ts",
  "import type { AreaIndicatorDef",
  `import { indicators as ${camel} } from "./${id}/indicators";\n`,
);
insert(
  "areas/indicators.ts",
  "} as const satisfies Record<AreaId, AreaIndicators>;",
  `  ${key}${key === camel ? "" : `: ${camel}`},\n`,
);

console.log(`wrote packages/core/src/areas/${id}/facts.ts, labels.ts, example.ts and indicators.ts; registered
${id} in AREA_IDS, AREA_FACTS, the area labels, AREA_EXAMPLES and AREA_INDICATORS. Next:
  1. add the facts to areas/${id}/facts.ts and their labels to areas/${id}/labels.ts (English too);
  2. a worked example of them in areas/${id}/example.ts (the render coverage test fails while it is empty);
  3. its known indicators, if any, in areas/${id}/indicators.ts ({ key: { unit, vi, en } });
  4. rules of the area, if any: areas/${id}/rules.ts, registered in areas/rules.ts;
  5. its sentences and tables in @doingoai/render (pnpm typecheck names the missing renderer); then
     pnpm schema:generate && pnpm exec biome check --write packages/core/src && pnpm typecheck && pnpm exec vitest run`);
