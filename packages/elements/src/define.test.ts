import { describe, expect, it, vi } from "vitest";
import { define, TAGS } from "./define";

function registry() {
  const m = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => m.get(tag),
    define: vi.fn((tag: string, cls: CustomElementConstructor) => {
      if (m.has(tag)) throw new DOMException(`${tag} already defined`, "NotSupportedError");
      m.set(tag, cls);
    }),
    m,
  };
}

describe("define()", () => {
  it("registers the three tags", () => {
    const r = registry();
    define(r as unknown as CustomElementRegistry);
    expect([...r.m.keys()].sort()).toEqual([
      "doingoai-document-form",
      "doingoai-preview",
      "doingoai-section-form",
    ]);
    expect(r.m.get("doingoai-document-form")).toBe(TAGS["doingoai-document-form"]);
  });

  it("is idempotent: a tag registered by the same class is skipped", () => {
    const r = registry();
    define(r as unknown as CustomElementRegistry);
    define(r as unknown as CustomElementRegistry);
    expect(r.define).toHaveBeenCalledTimes(3);
  });

  it("warns and keeps the other class when another version owns a tag; never throws", () => {
    const r = registry();
    class Other {}
    r.m.set("doingoai-preview", Other as unknown as CustomElementConstructor);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(() => define(r as unknown as CustomElementRegistry)).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain("<doingoai-preview>");
    expect(r.m.get("doingoai-preview")).toBe(Other);
    expect(r.m.get("doingoai-section-form")).toBe(TAGS["doingoai-section-form"]);
    warn.mockRestore();
  });

  it("does nothing without a registry (server rendering, workers)", () => {
    expect(() => define(undefined)).not.toThrow();
  });
});
