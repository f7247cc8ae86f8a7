import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateJson } from "@doingoai/core";
import { INVALID_EXAMPLES, INVALID_NAMES, invalidText } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { INVALID_DIR, invalidFiles, VALIDATION_MD, withIssueTable } from "../scripts/docs-from-fixtures";

const REGENERATE = "run `node --import tsx packages/core/scripts/generate-examples.ts`";

describe("invalid examples: a base, a patch and the issues they give", () => {
  it("every .patch.json of examples/documents/invalid is registered, and every plain file has its patch", () => {
    const files = readdirSync(INVALID_DIR);
    const patches = files
      .filter((f) => f.endsWith(".patch.json"))
      .map((f) => f.slice(0, -".patch.json".length));
    const plain = files.filter((f) => !f.endsWith(".patch.json")).map((f) => f.slice(0, -".json".length));
    expect(patches.sort()).toEqual([...INVALID_NAMES].sort());
    expect(plain.sort()).toEqual([...INVALID_NAMES].sort());
  });

  it.each(INVALID_NAMES)(
    "%s gives the issues it expects, each an error with a Vietnamese message",
    (name) => {
      const r = validateJson(invalidText(name));
      expect(r.ok).toBe(false);
      for (const want of INVALID_EXAMPLES[name].expect) {
        const issue = r.issues.find((i) => i.code === want.code && i.path.join(".") === want.path.join("."));
        expect(
          issue,
          `${want.code}@${want.path.join(".")} in ${JSON.stringify(r.issues, null, 1)}`,
        ).toBeDefined();
        expect(issue!.severity).toBe("error");
        expect(issue!.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđĩũơư]/u);
      }
    },
  );

  it("the plain files (for the CLI and the README) are what the patches give", () => {
    for (const [file, text] of Object.entries(invalidFiles()))
      expect(readFileSync(join(INVALID_DIR, file), "utf8"), `${file} is stale: ${REGENERATE}`).toBe(text);
  });
});

describe("docs/validation.md", () => {
  it("its table of issue codes is what ISSUE_CASES and the messages give", () => {
    const md = readFileSync(VALIDATION_MD, "utf8");
    expect(md, `the table is stale: ${REGENERATE}`).toBe(withIssueTable(md));
  });
});
