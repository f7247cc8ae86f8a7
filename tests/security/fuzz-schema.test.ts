/**
 * A seeded sample of fuzzed valid documents (arbitraries.ts), rendered to DOCX: every
 * WordprocessingML part validates against the OOXML schemas with xmllint, as the example
 * documents do in tests/docx/schema.test.ts. FUZZ_SCHEMA_RUNS sets the sample size (default 100).
 */
import { join } from "node:path";
import { validate } from "@doingoai/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../packages/render/src/docx/render";
import { docxParts } from "../../packages/render/src/docx/testing/inspect";
import { removeTempDirs, tempDir, validateXml, writeFiles } from "../docx/tools";
import { validDocument } from "./arbitraries";

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_SCHEMA_RUNS ?? 100);
const WML_PART =
  /^word\/(document|styles|settings|numbering|fontTable|footnotes|endnotes|header\d+|footer\d+)\.xml$/;

afterAll(removeTempDirs);

describe(`fuzzed DOCX against the OOXML schema (seed ${SEED}, ${RUNS} documents)`, () => {
  it("every part of every sampled document validates", async () => {
    const dir = tempDir("fuzz-schema");
    const files: Record<string, string> = {};
    const samples = fc.sample(validDocument, { seed: SEED, numRuns: RUNS });
    for (const [i, { doc }] of samples.entries()) {
      const r = validate(doc);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      for (const [path, xml] of docxParts(await renderDocx(r.value)))
        if (WML_PART.test(path)) files[join(`case-${i}`, path)] = xml;
    }
    const written = Object.values(writeFiles(dir, files));
    expect(written.length).toBeGreaterThanOrEqual(RUNS * 5);
    const { results, output } = validateXml(written);
    expect(
      results.filter((r) => !r.valid).map((r) => r.file),
      output.slice(0, 4000),
    ).toEqual([]);
  }, 600_000);
});
