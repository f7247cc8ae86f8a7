/**
 * The JSON Schema means what validate() means, as far as a JSON Schema can: a portal whose
 * backend is Java, .NET or PHP validates with it.
 * - no property is unconstrained (a title and nothing else would accept anything);
 * - on the seeded mutations of the IR parity test, Ajv rejects every document that validate()
 *   rejects for a structural reason (`schema.*` issues). Cross-field rules (from ≤ to, sums…)
 *   are out of a JSON Schema's reach: they are listed in `x-doingoai-rules`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_NAMES, validate } from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { mutate, rng } from "./mutations";

type Json = Record<string, unknown>;
const schemaFile = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, `../schema/${name}.schema.json`), "utf8")) as Json;

/** Keys that say what a value may be (anything else is annotation). */
const ANNOTATIONS = new Set(["title", "description", "x-title-en", "default", "examples", "$comment"]);

function unconstrained(schema: Json): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${path}/${i}`);
      });
      return;
    }
    if (!node || typeof node !== "object") return;
    const js = node as Json;
    const props = js.properties as Record<string, Json> | undefined;
    if (props)
      for (const [k, p] of Object.entries(props))
        if (Object.keys(p).every((key) => ANNOTATIONS.has(key))) out.push(`${path}/properties/${k}`);
    for (const [k, v] of Object.entries(js)) walk(v, `${path}/${k}`);
  };
  walk(schema, "#");
  return out;
}

describe("the JSON Schema constrains every property", () => {
  it.each(SCHEMA_NAMES)("%s.schema.json has no property with only a title or a description", (name) => {
    expect(unconstrained(schemaFile(name))).toEqual([]);
  });

  it("the check finds an unconstrained property", () => {
    expect(unconstrained({ properties: { a: { title: "A" }, b: { type: "string" } } })).toEqual([
      "#/properties/a",
    ]);
  });
});

describe("Ajv with the exported schema rejects what validate() rejects structurally", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  const check = ajv.compile(schemaFile("document"));

  it("on 3,000 seeded mutations of the examples (the IR parity test's)", () => {
    const rand = rng(20261122);
    let structural = 0;
    const missed: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // JSON has no `undefined` and no NaN (it writes null): both validators see the document as JSON.
      const doc = JSON.parse(
        JSON.stringify(mutate(example(EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!), rand)) ?? "null",
      );
      const r = validate(doc);
      const codes = r.issues.filter((x) => x.severity === "error" && x.code.startsWith("schema."));
      if (!codes.length) continue;
      structural++;
      if (check(doc) && missed.length < 5)
        missed.push(`${codes.map((c) => `${c.code}@${c.path.join(".")}`).join(", ")}`);
    }
    expect(structural).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
    // 3,000 validations and Ajv runs: about 16 s alone, more on a shared machine.
  }, 60_000);
});
