import { describe, expect, it } from "vitest";
import { cleanDeep } from "./text";

describe("cleanDeep", () => {
  it("keeps a key named __proto__ as data, never as the prototype", () => {
    // JSON.parse makes "__proto__" an own key; the cleaned copy must keep it as one
    const input = JSON.parse('{"a": 1, "__proto__": {"polluted": "Hƣng Yên"}}') as Record<string, unknown>;
    const out = cleanDeep(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["a", "__proto__"]);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toContain('"__proto__"');
  });
});
