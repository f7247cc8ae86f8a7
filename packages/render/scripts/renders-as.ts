/**
 * The "renders as" blocks of docs/model.md, generated: each block between
 * `<!-- renders-as: <area> <from>/<to> … -->` and `<!-- /renders-as -->` is the text render writes
 * for the JSON block above it (the example's facts, the fixture, validated as a report's facts),
 * with the period of the marker. `test/renders-as.test.ts` fails when a block is stale.
 *
 * Run from the repository root:
 *   node --conditions=@doingoai/source --import tsx packages/render/scripts/renders-as.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AREA_IDS, type AreaId, validate } from "@doingoai/core";
import { MINIMAL_REPORT } from "@doingoai/core/fixtures";
import { describeAreaFacts } from "../src/areas";
import { areaFacts } from "../src/sentences/facts";
import { sentenceContext } from "../src/sentences/phrase";

export const MODEL_MD = fileURLToPath(new URL("../../../docs/model.md", import.meta.url));

const BLOCK =
  /(<!-- renders-as: ([a-z-]+) (\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)[^>]*-->\n)[\s\S]*?(<!-- \/renders-as -->)/g;
const JSON_BLOCK = /```json\n([\s\S]*?)\n```/g;

function isAreaId(s: string): s is AreaId {
  return (AREA_IDS as readonly string[]).includes(s);
}

/** The example's facts: the JSON block (`"facts": {…}` or the facts' own keys) as an object. */
function factsOfExample(json: string): unknown {
  const value: unknown = JSON.parse(`{${json}}`);
  return typeof value === "object" && value !== null && "facts" in value ? value.facts : value;
}

/** The sentences render writes for an example's facts in a report of the period. */
export function rendersAs(area: string, from: string, to: string, json: string): string[] {
  if (!isAreaId(area)) throw new Error(`renders-as: unknown area ${area}`);
  const period = { from, to };
  const doc = structuredClone(MINIMAL_REPORT);
  doc.body.period = period;
  doc.body.areas = { [area]: { answer: "content", facts: factsOfExample(json) } };
  const result = validate(doc);
  if (!result.ok) {
    const issues = result.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`renders-as: the ${area} example is not valid: ${issues}`);
  }
  if (result.value.kind !== "report") throw new Error("renders-as: not a report");
  const facts = areaFacts(result.value.body.areas, area);
  return facts === undefined ? [] : describeAreaFacts(area, facts, sentenceContext(period));
}

/** The markdown with every "renders as" block written from the JSON block before it. */
export function updateRendersAs(markdown: string): string {
  return markdown.replace(
    BLOCK,
    (whole, open: string, area: string, from: string, to: string, close: string, at: number) => {
      const before = markdown.slice(0, at);
      const json = [...before.matchAll(JSON_BLOCK)].at(-1)?.[1];
      if (json === undefined) throw new Error(`renders-as: no JSON block before the ${area} block`);
      const text = rendersAs(area, from, to, json).join("\n");
      return `${open}\`\`\`text\n${text}\n\`\`\`\n${close}`;
    },
  );
}

/** How many "renders as" blocks the markdown has. */
export function rendersAsBlocks(markdown: string): number {
  return [...markdown.matchAll(BLOCK)].length;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(MODEL_MD, "utf8");
  const after = updateRendersAs(before);
  if (after !== before) writeFileSync(MODEL_MD, after);
  console.log(
    `${MODEL_MD}: ${rendersAsBlocks(after)} "renders as" blocks, ${after === before ? "up to date" : "written"}`,
  );
}
