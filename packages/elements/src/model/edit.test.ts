import { describe, expect, it } from "vitest";
import { applyEdit } from "./edit";
import { emptyOf } from "./fields";
import { getAt, isEmpty, keyPath, moveItem, type Obj, pathKey, setAt } from "./path";
import { DOCUMENT_SCHEMAS } from "./schema";
import { parseInput, parseNarrative, parseNumber } from "./values";

const root = DOCUMENT_SCHEMAS.report;

describe("paths", () => {
  it("writes copy only the objects along the path (rows keep their identity)", () => {
    const rows = [{ name: "a" }, { name: "b" }, { name: "c" }];
    const doc = { body: { rows }, other: { x: 1 } };
    const next = setAt(doc, ["body", "rows", 1, "name"], "B") as typeof doc;
    expect(next.body.rows[1]).toEqual({ name: "B" });
    expect(next.body.rows[0]).toBe(rows[0]);
    expect(next.body.rows[2]).toBe(rows[2]);
    expect(next.other).toBe(doc.other);
    expect(doc.body.rows[1]!.name).toBe("b");
  });

  it("creates objects and arrays on the way, and removes a key for undefined", () => {
    expect(setAt({}, ["a", 0, "b"], 1)).toEqual({ a: [{ b: 1 }] });
    expect(setAt({ a: 1, b: 2 }, ["a"], undefined)).toEqual({ b: 2 });
    expect(getAt({ a: [{ b: 1 }] }, ["a", 0, "b"])).toBe(1);
    expect(getAt(undefined, ["a"])).toBeUndefined();
  });

  it("keys round-trip, numbers as indexes", () => {
    const p = ["body", "areas", "delegations", "facts", "delegations", 12, "members"];
    expect(keyPath(pathKey(p))).toEqual(p);
    expect(keyPath("")).toEqual([]);
  });

  it("empty is nothing a person entered", () => {
    expect(isEmpty({ a: "", b: [], c: { d: undefined } })).toBe(true);
    expect(isEmpty({ a: 0 })).toBe(false);
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
  });
});

describe("edits", () => {
  const empty = emptyOf(root) as Obj;

  it("a cleared optional group is removed, not left as {} (which would fail validation)", () => {
    const path = ["body", "areas", "delegations"];
    let doc = applyEdit(root, empty, path, {
      answer: "content",
      facts: { delegations: [{ cost: { amount: 5 } }] },
    });
    doc = applyEdit(root, doc, [...path, "facts", "delegations", 0, "cost", "amount"], undefined);
    expect(getAt(doc, [...path, "facts", "delegations", 0])).toEqual({});
  });

  it("an emptied optional list is removed; a required one stays", () => {
    let doc = applyEdit(root, empty, ["frame", "basis"], []);
    expect(getAt(doc, ["frame"])).not.toHaveProperty("basis");
    doc = applyEdit(root, empty, ["frame", "recipients", "list"], []);
    expect(getAt(doc, ["frame", "recipients", "list"])).toEqual([]);
  });

  it("required objects stay even when empty", () => {
    const doc = applyEdit(root, empty, ["frame", "issuingBody", "name"], undefined);
    expect(getAt(doc, ["frame", "issuingBody"])).toEqual({});
  });
});

describe("what people type", () => {
  it("numbers as written here", () => {
    expect(parseNumber("1.000")).toBe(1000);
    expect(parseNumber("12.069.992")).toBe(12069992);
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber(" 114 ")).toBe(114);
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("mười")).toBe("mười"); // kept: validation names the problem
  });

  it("narrative: one paragraph a line, blank lines dropped", () => {
    expect(parseNarrative("Đoạn 1.\n\n  Đoạn 2.\r\n")).toEqual(["Đoạn 1.", "Đoạn 2."]);
    expect(parseNarrative("  \n")).toBeUndefined();
  });

  it("empty input removes a key, but keeps an empty row of a list", () => {
    expect(parseInput("text", "", false)).toBeUndefined();
    expect(parseInput("text", "", true)).toBe("");
    expect(parseInput("select", "KT", false)).toBe("KT");
  });
});
