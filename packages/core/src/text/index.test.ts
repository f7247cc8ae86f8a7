import { describe, expect, it } from "vitest";
import { cleanText, sameName } from "./index";

describe("text index", () => {
  it("exports the hygiene functions by name", () => {
    expect(cleanText("Ngƣời")).toBe("Người");
    expect(sameName("HÒA", "HOÀ")).toBe(true);
  });

  it("takes the fast path on clean text: the very same string comes back", () => {
    const clean = "Báo cáo tình hình, kết quả công tác đối ngoại 6 tháng đầu năm 2024. ".repeat(50);
    expect(cleanText(clean)).toBe(clean);
  });
});
