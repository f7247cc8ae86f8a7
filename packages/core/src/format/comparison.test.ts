import { describe, expect, it } from "vitest";
import { compareCounts, formatComparison } from "./comparison";

describe("compareCounts", () => {
  it("gives direction, signed delta and signed percent", () => {
    expect(compareCounts(9, 8)).toEqual({ direction: "up", delta: 1, percent: 12.5 });
    expect(compareCounts(9, 12)).toEqual({ direction: "down", delta: -3, percent: -25 });
    expect(compareCounts(7, 7)).toEqual({ direction: "same", delta: 0, percent: 0 });
    expect(compareCounts(5, 0)).toEqual({ direction: "up", delta: 5, percent: null });
    expect(compareCounts(0, 0)).toEqual({ direction: "same", delta: 0, percent: null });
  });

  it("rejects negative figures", () => {
    expect(() => compareCounts(-1, 3)).toThrow(/current must be a finite number ≥ 0, got -1/);
    expect(() => compareCounts(1, Number.NaN)).toThrow(RangeError);
  });
});

describe("formatComparison", () => {
  it("words equality", () => {
    expect(formatComparison(7, 7, 2025)).toBe("không tăng, không giảm so với cùng kỳ năm 2025");
    expect(formatComparison(0, 0, 2025, { unit: "trường hợp" })).toBe(
      "không tăng, không giảm so với cùng kỳ năm 2025",
    );
  });

  it("gives a percentage when there was something last year", () => {
    expect(formatComparison(9, 8, 2025)).toBe("tăng 12,5% so với cùng kỳ năm 2025");
    expect(formatComparison(2, 3, 2025)).toBe("giảm 33,3% so với cùng kỳ năm 2025");
    expect(formatComparison(0, 4, 2025)).toBe("giảm 100% so với cùng kỳ năm 2025");
    expect(formatComparison(10001, 10000, 2025)).toBe("tăng dưới 0,1% so với cùng kỳ năm 2025");
  });

  it("gives the count and the percentage with a unit", () => {
    expect(formatComparison(9, 12, 2025, { unit: "trường hợp" })).toBe(
      "giảm 03 trường hợp (25%) so với cùng kỳ năm 2025",
    );
    expect(formatComparison(1200, 1000, 2024, { unit: "lượt khách" })).toBe(
      "tăng 200 lượt khách (20%) so với cùng kỳ năm 2024",
    );
  });

  it("gives the count alone when last year had none", () => {
    expect(formatComparison(5, 0, 2025, { unit: "trường hợp" })).toBe(
      "tăng 05 trường hợp so với cùng kỳ năm 2025",
    );
    expect(formatComparison(5, 0, 2025)).toBe("tăng 05 so với cùng kỳ năm 2025");
  });

  it("rejects a bad year or negative figures", () => {
    expect(() => formatComparison(1, 2, 25)).toThrow(/four-digit year/);
    expect(() => formatComparison(-1, 2, 2025)).toThrow(RangeError);
  });
});
