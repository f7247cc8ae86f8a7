import { describe, expect, it } from "vitest";
import { balanceLines, lineWidthTwips, textWidthTwips } from "./text-width";

describe("textWidthTwips", () => {
  it("measures Times New Roman advance widths", () => {
    // "M" is 889/1000 em in Times Roman: 14 pt → 12.446 pt → 249 twips.
    expect(textWidthTwips("M", 14)).toBe(249);
    expect(textWidthTwips("M", 14, true)).toBe(264);
  });

  it("gives Vietnamese letters the width of their base letter", () => {
    expect(textWidthTwips("Ộ", 13, true)).toBe(textWidthTwips("O", 13, true));
    expect(textWidthTwips("ư", 14)).toBeGreaterThan(textWidthTwips("u", 14));
    expect(textWidthTwips("Cộng hòa".normalize("NFD"), 14)).toBe(textWidthTwips("Cộng hòa", 14));
  });

  it("fits the Quốc hiệu at 13 pt bold in the 100 mm column", () => {
    const width = textWidthTwips("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true);
    expect(width).toBeGreaterThan(5000);
    expect(width).toBeLessThan(5669);
  });

  it("takes the widest line, capped by the box", () => {
    expect(lineWidthTwips("a\nMMMM", 14, false, 10_000)).toBe(textWidthTwips("MMMM", 14));
    expect(lineWidthTwips("M".repeat(100), 14, false, 3000)).toBe(3000);
  });
});

describe("balanceLines", () => {
  it("keeps a line that fits", () => {
    expect(balanceLines("ỦY BAN NHÂN DÂN", 13, true, 3686)).toBe("ỦY BAN NHÂN DÂN");
  });

  it("breaks a long name into even lines, as a clerk does", () => {
    expect(balanceLines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 13, true, 3686)).toBe(
      "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG",
    );
  });

  it("keeps explicit line breaks and balances each line", () => {
    const text = "ỦY BAN NHÂN DÂN\nHUYỆN VĂN QUAN";
    expect(balanceLines(text, 13, true, 3686)).toBe(text);
  });

  it("prefers a break after a comma when the lines stay close", () => {
    const subject =
      "Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024";
    expect(balanceLines(subject, 14, true, 9355)).toBe(
      "Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm,\nphương hướng, nhiệm vụ 6 tháng cuối năm 2024",
    );
  });

  it("every balanced line fits the box", () => {
    const subject =
      "Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024 của Ủy ban nhân dân huyện";
    const lines = balanceLines(subject, 14, true, 9355).split("\n");
    expect(lines.length).toBe(2);
    for (const line of lines) expect(textWidthTwips(line, 14, true)).toBeLessThanOrEqual(9355);
    expect(lines.join(" ")).toBe(subject);
  });

  it("leaves a very long text to the word processor", () => {
    const long = "chữ ".repeat(500).trim();
    expect(balanceLines(long, 14, true, 9355)).toBe(long);
  });
});
