import { describe, expect, it } from "vitest";
import { fieldsOf } from "./fields";
import { MAIN_FIELDS } from "./main-fields";
import { cleanBullets, pasteRows, rowColumns, tableFromText } from "./paste";
import { objectById, type Schema, shapeOf } from "./schema";

describe("the main fields of each object (one table)", () => {
  it("names objects and keys of the model (a renamed key fails here)", () => {
    for (const [id, keys] of Object.entries(MAIN_FIELDS)) {
      const s = objectById(id);
      expect(s, id).toBeDefined();
      const shape = shapeOf(s as Schema).map(([k]) => k);
      for (const k of keys) expect(shape, `${id}.${k}`).toContain(k);
    }
  });

  it("marks the other fields as details, and the columns of a row put the main ones first", () => {
    const fields = fieldsOf(objectById("Delegation")!, "vi");
    expect(fields.filter((f) => !f.detail).map((f) => f.key)).toEqual([
      "direction",
      "name",
      "countries",
      "members",
      "days",
      "from",
      "to",
    ]);
    expect(fields.find((f) => f.key === "funding")?.detail).toBe(true);
    const group = {
      kind: "group",
      fields,
      key: "d",
      label: "",
      optional: false,
      schema: 0,
      inline: false,
    } as const;
    expect(
      rowColumns(group)
        .map((f) => f.key)
        .slice(0, 7),
    ).toEqual(["direction", "name", "countries", "members", "days", "from", "to"]);
  });
});

describe("pasted text", () => {
  it("Excel's text: tabs and lines, quoted cells with line breaks; one line without a tab is not a table", () => {
    expect(tableFromText('a\tb\r\n"c\nd"\te\r\n')).toEqual([
      ["a", "b"],
      ["c; d", "e"],
    ]);
    expect(tableFromText("một dòng")).toBeUndefined();
  });

  it("Word's bullets go; numbers only in a list or before a tab", () => {
    expect(cleanBullets("• Một\n- Hai\n\u2013 Ba")).toBe("Một\nHai\nBa");
    expect(cleanBullets("1.\tMột")).toBe("Một");
    expect(cleanBullets("1. Một\n2. Hai")).toBe("Một\nHai");
    expect(cleanBullets("1. Một câu")).toBe("1. Một câu");
  });

  it("more cells than fields: the rest joined into the last field, never dropped", () => {
    const item = { kind: "text", key: "x", label: "Nước", optional: false, schema: 0 } as const;
    const list = {
      kind: "list",
      key: "l",
      label: "",
      optional: false,
      schema: 0,
      item,
      min: 0,
      rowLabel: String,
    } as const;
    const r = pasteRows(list, [], 0, undefined, [["a", "b"], ["c"]], "vi", () => "");
    expect(r.list).toEqual(["a b", "c"]);
  });
});
