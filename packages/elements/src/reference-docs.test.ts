import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestText } from "../scripts/custom-elements.mjs";
import { referenceMarkdown } from "../scripts/reference-docs.mjs";

describe("docs/elements-reference.md", () => {
  const page = readFileSync(new URL("../../../docs/elements-reference.md", import.meta.url), "utf8");

  it("is generated from the manifest (run `pnpm build`)", () => {
    expect(page).toBe(referenceMarkdown(JSON.parse(manifestText())));
  });

  it("documents every tag with its attributes, events, parts and custom properties", () => {
    for (const tag of ["doingoai-document-form", "doingoai-section-form", "doingoai-preview"])
      expect(page).toContain(`## \`<${tag}>\``);
    for (const text of [
      "`autosave-key`",
      "`doingoai-submit`",
      "`::part(error-summary)`",
      "`--doingoai-color-primary`",
    ])
      expect(page).toContain(text);
  });
});
