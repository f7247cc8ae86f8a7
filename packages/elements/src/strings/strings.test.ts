import { DOCUMENT_KINDS } from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { eachField, type Field, fieldsOf } from "../model/fields";
import { DOCUMENT_SCHEMAS, type Path, schemaAt } from "../model/schema";
import { sectionsOf } from "../model/sections";
import { OPTION_LABELS_EN, STRINGS_EN } from "./en";
import { format, isVerbatimOption, loadLanguage, OPTION_LABELS, optionLabel, STRINGS, t } from "./strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

beforeAll(() => loadLanguage("en"));

describe("UI strings (parity)", () => {
  it("Vietnamese and English have the same keys", () => {
    expect(Object.keys(STRINGS_EN).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });

  it("no string is empty, and both languages use the same placeholders", () => {
    for (const key of Object.keys(STRINGS.vi) as (keyof typeof STRINGS.vi)[]) {
      expect(STRINGS.vi[key].trim(), key).not.toBe("");
      expect(STRINGS_EN[key].trim(), key).not.toBe("");
      expect(placeholders(STRINGS_EN[key]), key).toEqual(placeholders(STRINGS.vi[key]));
    }
  });

  it("option labels: same values in both languages", () => {
    expect(Object.keys(OPTION_LABELS_EN).sort()).toEqual(Object.keys(OPTION_LABELS.vi).sort());
  });

  it("every value the forms offer has a label (or is already the document's words)", () => {
    const values = new Set<string>();
    const visit = (f: Field) => {
      if (f.kind === "select" && !(f.key === "key" && f.options[0]?.group))
        for (const o of f.options) values.add(o.value);
      if (f.kind === "choices" && !f.areas) for (const o of f.options) values.add(o.value);
      if (f.kind === "variant") for (const v of f.variants) values.add(v.value);
    };
    for (const kind of DOCUMENT_KINDS)
      for (const s of sectionsOf(kind))
        for (const p of s.paths) {
          const root = DOCUMENT_SCHEMAS[kind];
          const parent = schemaAt(root, (p as Path).slice(0, -1), undefined) ?? root;
          eachField(
            fieldsOf(parent, "vi").filter((f) => f.key === p.at(-1)),
            visit,
          );
        }
    expect(values.size).toBeGreaterThan(40);
    const missing = [...values].filter((v) => !isVerbatimOption(v) && !(v in OPTION_LABELS.vi));
    expect(missing).toEqual([]);
    for (const v of values) expect(optionLabel(v, "en").trim()).not.toBe("");
  });

  it("formats", () => {
    expect(t("vi", "savedAt", { time: "10:42" })).toBe("Đã lưu nháp lúc 10:42");
    expect(t("vi", "optional")).toBe("(không bắt buộc)");
    expect(t("en", "optional")).toBe("(optional)");
    expect(t("vi", "errorSummaryTitle")).toBe("Có lỗi cần sửa");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
