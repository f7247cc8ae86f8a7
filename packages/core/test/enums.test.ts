import { ENUM_PHRASES, enumLabel, LABELS, MODEL_IR } from "@doingoai/core";
import { describe, expect, it } from "vitest";

const VERBATIM = new Set(["CitationKind", "BasisVerb"]);
const enums = MODEL_IR.nodes.flatMap((n) => (n.t === "enum" ? [n] : []));

describe("enum labels and phrases keyed by enum id and value", () => {
  it("every enum of the model carries its schema id", () => {
    expect(enums.length).toBeGreaterThan(15);
    expect(enums.filter((n) => n.id === undefined).map((n) => n.v.join("|"))).toEqual([]);
  });

  it.each(["vi", "en"] as const)(
    "every value of every enum has a %s label (the document's own words excepted)",
    (lang) => {
      const table: Record<string, Record<string, string>> = LABELS[lang].enums;
      for (const n of enums) {
        if (VERBATIM.has(n.id!)) continue;
        expect(Object.keys(table[n.id!] ?? {}).sort(), n.id).toEqual([...n.v].sort());
        for (const v of n.v) expect(table[n.id!]![v]!.trim(), `${n.id}.${v}`).not.toBe("");
      }
    },
  );

  it("the kinds of appendix table (a discriminated union) have labels too", () => {
    const union = MODEL_IR.nodes.find((n) => n.t === "union" && n.id === "AppendixTable");
    expect(union?.t).toBe("union");
    const types =
      union?.t === "union"
        ? union.options.flatMap((o) => {
            const obj = MODEL_IR.nodes[o]!;
            const lit = obj.t === "object" ? MODEL_IR.nodes[obj.of[obj.keys.indexOf("type")]!] : undefined;
            return lit?.t === "literal" ? lit.v.map(String) : [];
          })
        : [];
    expect(Object.keys(LABELS.vi.enums.AppendixTable).sort()).toEqual(types.sort());
  });

  it("the same value of two enums reads differently: the reporting frequency 'year' is not the period span 'year'", () => {
    expect(enumLabel("ReportingFrequency", "year")).toBe("Hằng năm");
    expect(enumLabel("PeriodSpan", "year")).toBe("Năm");
    expect(enumLabel("ReportingFrequency", "year", "en")).toBe("Yearly");
    expect(ENUM_PHRASES.ReportingFrequency.year).toBe("năm");
    expect(enumLabel("CitationKind", "Công văn")).toBe("Công văn");
    expect(enumLabel("Nope", "constructor")).toBe("constructor");
  });

  it("phrases name only enums and values of the model", () => {
    const byId = new Map(enums.map((n) => [n.id, new Set(n.v)]));
    for (const [id, words] of Object.entries(ENUM_PHRASES))
      for (const v of Object.keys(words)) expect(byId.get(id)?.has(v), `${id}.${v}`).toBe(true);
  });
});
