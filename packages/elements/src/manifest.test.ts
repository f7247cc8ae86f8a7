import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildManifest, manifestText } from "../scripts/custom-elements.mjs";
import { TAGS } from "./define";

describe("custom-elements.json", () => {
  it("is up to date with the JSDoc of the classes (node scripts/custom-elements.mjs)", () => {
    const file = readFileSync(new URL("../custom-elements.json", import.meta.url), "utf8");
    expect(file).toBe(manifestText());
  });

  it("declares every registered tag with the contract's parts and properties", () => {
    const m = buildManifest();
    const decls = m.modules.flatMap((mod) => mod.declarations) as {
      tagName: string;
      cssParts: { name: string }[];
      cssProperties: { name: string }[];
      events: { name: string }[];
    }[];
    expect(decls.map((d) => d.tagName).sort()).toEqual(Object.keys(TAGS).sort());
    const form = decls.find((d) => d.tagName === "doingoai-document-form")!;
    expect(form.cssParts.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "form",
        "task-list",
        "error-summary",
        "field",
        "label",
        "hint",
        "input",
        "error",
        "button",
        "preview",
      ]),
    );
    expect(form.cssProperties.map((p) => p.name).sort()).toEqual(
      [
        "--doingoai-color-error",
        "--doingoai-color-primary",
        "--doingoai-focus-color",
        "--doingoai-font-family",
        "--doingoai-radius",
        "--doingoai-spacing",
      ].sort(),
    );
    expect(form.events.map((e) => e.name)).toEqual([
      "doingoai-change",
      "doingoai-submit",
      "doingoai-invalid",
    ]);
  });
});
