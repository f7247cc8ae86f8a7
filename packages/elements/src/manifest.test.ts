import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildManifest, generatedFiles } from "../scripts/custom-elements.mjs";
import { TAGS } from "./tags";

describe("custom-elements.json", () => {
  it("and the files derived from it are up to date with the classes (node scripts/custom-elements.mjs)", () => {
    const files = generatedFiles();
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "custom-elements.json",
        "src/generated/elements.ts",
        "src/react.ts",
        "src/vue.ts",
      ]),
    );
    for (const [path, text] of Object.entries(files))
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"), path).toBe(text);
  });

  it("types every attribute, links it to its property, and types every event's detail", () => {
    const decls = buildManifest().modules.flatMap((mod) => mod.declarations) as {
      tagName?: string;
      attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
      events?: { name: string; type?: { text: string } }[];
    }[];
    for (const d of decls.filter((x) => x.tagName)) {
      for (const a of d.attributes ?? [])
        if (a.name !== "disabled")
          expect([a.name, a.fieldName, a.type?.text]).toEqual([
            a.name,
            expect.any(String),
            expect.any(String),
          ]);
      for (const e of d.events ?? [])
        expect([e.name, e.type?.text]).toEqual([
          e.name,
          expect.stringMatching(/^CustomEvent<\{ \w+: .+ \}>$/),
        ]);
    }
  });

  it("declares every registered tag with the contract's parts and properties", () => {
    const m = buildManifest();
    const decls = m.modules.flatMap((mod) => mod.declarations) as {
      tagName?: string;
      cssParts: { name: string }[];
      cssProperties: { name: string }[];
      events: { name: string }[];
    }[];
    expect(decls.flatMap((d) => d.tagName ?? []).sort()).toEqual(Object.keys(TAGS).sort());
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
      "doingoai-sent",
      "doingoai-start-request",
      "doingoai-new",
    ]);
  });
});
