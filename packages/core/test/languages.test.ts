import { describe, expect, it, vi } from "vitest";

describe("language packs", () => {
  it("the light entry has Vietnamese only, and English arrives when its pack is registered", async () => {
    vi.resetModules();
    const lite = await import("../src/lite");
    expect(lite.hasLanguage("vi")).toBe(true);
    expect(lite.hasLanguage("en")).toBe(false);
    const r = lite.validate(null, { lang: "en" });
    expect(r.issues[0]!.message).toContain("Văn bản phải là một đối tượng JSON"); // falls back to Vietnamese
    expect(lite.fieldLabel("members", "Delegation", "en")).toBe("Số thành viên đoàn");
    const { EN } = await import("../src/locales/en");
    expect(lite.hasLanguage("en")).toBe(false); // importing the pack registers nothing
    lite.registerLanguage("en", EN);
    expect(lite.hasLanguage("en")).toBe(true);
    expect(lite.validate(null, { lang: "en" }).issues[0]!.message).toContain(
      "A document must be a JSON object",
    );
    expect(lite.fieldLabel("members", "Delegation", "en")).toBe("Members of the delegation");
  });

  it("the main entry has both", async () => {
    vi.resetModules();
    const core = await import("../src/index");
    expect(core.hasLanguage("en")).toBe(true);
    expect(Object.keys(core.LABELS)).toEqual(["vi", "en"]);
    expect(core.MESSAGES.en["schema.required"]!("X", {})).toBe("“X” is required.");
  });
});
