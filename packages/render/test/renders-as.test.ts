/** The "renders as" blocks of docs/model.md are what render writes for the examples above them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_MD, rendersAs, rendersAsBlocks, updateRendersAs } from "../scripts/renders-as";

const markdown = readFileSync(MODEL_MD, "utf8");

describe("docs/model.md, renders as", () => {
  it("generates every 'renders as' block from its example", () => {
    expect(rendersAsBlocks(markdown)).toBe(markdown.split("renders as:").length - 1);
  });

  it("is up to date (else run: node --conditions=@doingoai/source --import tsx packages/render/scripts/renders-as.ts)", () => {
    expect(updateRendersAs(markdown)).toBe(markdown);
  });

  it("refuses an example that is not valid facts of its area", () => {
    expect(() => rendersAs("awards", "2026-01-01", "2026-06-30", '"awards": [{ "recipient": "A" }]')).toThrow(
      /awards example is not valid/,
    );
  });
});
