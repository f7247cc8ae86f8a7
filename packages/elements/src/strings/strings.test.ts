import { DOCUMENT_KINDS } from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { eachField, type Field, fieldsOf } from "../model/fields";
import { DOCUMENT_SCHEMAS, type Path, schemaAt } from "../model/schema";
import { sectionsOf } from "../model/sections";
import { STRINGS_EN } from "./en";
import { format, isVerbatimOption, loadLanguage, optionLabel, STRINGS, t } from "./strings";

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

  it("every value the forms offer has a label (or is already the document's words)", () => {
    // Labels come from core's table by enum id (core/test/enums.test.ts checks it is complete);
    // here: what the forms show is a label, not the raw code, in both languages.
    const options: { value: string; label: string }[] = [];
    const visit = (f: Field) => {
      const all =
        f.kind === "select" && !(f.key === "key" && f.options[0]?.group)
          ? f.options
          : f.kind === "choices" && !f.areas
            ? f.options
            : f.kind === "variant"
              ? f.variants
              : [];
      for (const o of all) options.push({ value: o.value, label: o.label });
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
    const values = new Set(options.map((o) => o.value));
    expect(values.size).toBeGreaterThan(40);
    const raw = options.filter((o) => !isVerbatimOption(o.value) && o.label === o.value).map((o) => o.value);
    expect(raw).toEqual([]);
    expect(optionLabel("ReportingFrequency", "year", "vi")).toBe("Hằng năm");
    expect(optionLabel("PeriodSpan", "year", "vi")).toBe("Năm");
    expect(optionLabel("ReportingFrequency", "year", "en")).toBe("Yearly");
  });

  it("formats", () => {
    expect(t("vi", "savedAt", { time: "10:42" })).toBe("Đã lưu nháp lúc 10:42");
    expect(t("vi", "optional")).toBe("(không bắt buộc)");
    expect(t("en", "optional")).toBe("(optional)");
    expect(t("vi", "errorSummaryTitle")).toBe("Có lỗi cần sửa");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
