import { Document, fieldLabel, LABELS, schemaId } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

/** zod's own union of its schema classes: a switch on `def.type` gives each one's typed definition. */
const def = (s: z.core.$ZodType) => (s as z.core.$ZodTypes)._zod.def;

/** Every (object id, key) pair of the model, found by walking the schema. */
function fields(): { object: string; key: string }[] {
  const out: { object: string; key: string }[] = [];
  const seen = new Set<z.core.$ZodType>();
  const walk = (s: z.core.$ZodType) => {
    if (seen.has(s)) return;
    seen.add(s);
    const d = def(s);
    if (d.type === "object") {
      const object = schemaId(s) ?? "(anonymous)";
      for (const [key, v] of Object.entries(d.shape)) {
        out.push({ object, key });
        walk(v);
      }
    } else if (d.type === "array") walk(d.element);
    else if (d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "readonly")
      walk(d.innerType);
    else if (d.type === "union") for (const o of d.options) walk(o);
    else if (d.type === "pipe") walk(d.in);
  };
  walk(Document);
  return out;
}

describe("labels", () => {
  const all = fields();

  it("walks a real model", () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(["vi", "en"] as const)("every field of the model has a %s label", (lang) => {
    const missing = all
      .filter(({ object, key }) => fieldLabel(key, object, lang) === key)
      .map((f) => `${f.object}.${f.key}`);
    expect(missing).toEqual([]);
  });

  it("Vietnamese and English have the same keys (parity)", () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(LABELS.en.fields)).toEqual(keys(LABELS.vi.fields));
    expect(keys(LABELS.en.byObject)).toEqual(keys(LABELS.vi.byObject));
    for (const id of Object.keys(LABELS.vi.byObject))
      expect(keys(LABELS.en.byObject[id]!), id).toEqual(keys(LABELS.vi.byObject[id]!));
    expect(keys(LABELS.en.areas)).toEqual(keys(LABELS.vi.areas));
    expect(keys(LABELS.en.rows)).toEqual(keys(LABELS.vi.rows));
  });

  it("object overrides name objects and keys that exist", () => {
    const known = new Set(all.map((f) => `${f.object}.${f.key}`));
    for (const [id, table] of Object.entries(LABELS.vi.byObject))
      for (const key of Object.keys(table)) expect(known.has(`${id}.${key}`), `${id}.${key}`).toBe(true);
  });

  it("no label is left empty", () => {
    for (const lang of ["vi", "en"] as const)
      for (const [key, l] of Object.entries(LABELS[lang].fields))
        expect((typeof l === "string" ? l : l.label).trim(), `${lang}.${key}`).not.toBe("");
  });
});
