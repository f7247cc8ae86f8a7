import { describe, expect, it } from "vitest";
import { bodyBlocks, fitWidths } from "./blocks";
import { WML_TEXT } from "./wml-text";

const col = (width: number) => ({ title: "x", width });

describe("fitWidths", () => {
  it("keeps the layout's widths when they fit", () => {
    expect(fitWidths([col(1000), col(2000)], 9355)).toEqual([1000, 2000]);
  });

  it("scales wider tables down to the text area", () => {
    const widths = fitWidths([col(10_000), col(10_000)], 9355);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9355);
    expect(widths[0]).toBe(widths[1]);
  });

  it("gives widths that are not positive numbers an equal share", () => {
    const widths = fitWidths([col(Number.NaN), col(-5), col(Number.POSITIVE_INFINITY)], 9000);
    expect(widths).toEqual([3000, 3000, 3000]);
  });
});

describe("heading case", () => {
  const xmlOf = (text: string, marker: string) =>
    bodyBlocks(WML_TEXT, [{ type: "heading", level: 1, marker, text }], 9355)[0]!;

  it("keeps the layout's words: a top heading numbered «1.» as typed («1. Mục tiêu»)", () => {
    expect(xmlOf("Mục tiêu", "1.")).toContain("1. Mục tiêu");
    expect(xmlOf("MỤC ĐÍCH, YÊU CẦU", "I.")).toContain("I. MỤC ĐÍCH, YÊU CẦU");
  });
});
