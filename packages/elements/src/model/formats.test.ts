import { describe, expect, it } from "vitest";
import {
  dateUnderstood,
  formatDate,
  formatNumber,
  numberInWords,
  parseDate,
  parseNumberIn,
  regroup,
} from "./formats";

describe("dates typed day first", () => {
  it("reads the ways a clerk writes a day", () => {
    for (const s of [
      "15/06/2026",
      "15/6/2026",
      "15.06.2026",
      "15-06-2026",
      " 15 / 06 / 2026 ",
      "15062026",
      "2026-06-15",
      "2026-6-15",
    ])
      expect(parseDate(s), s).toBe("2026-06-15");
  });
  it("reads month/year and a year only where a date may be partial", () => {
    expect(parseDate("06/2026", true)).toBe("2026-06");
    expect(parseDate("6/2026", true)).toBe("2026-06");
    expect(parseDate("2026", true)).toBe("2026");
    expect(parseDate("06/2026")).toBe("06/2026");
  });
  it("keeps what it cannot read, for validation to name", () => {
    expect(parseDate("15/06/26")).toBe("15/06/26");
    expect(parseDate("ngày 15")).toBe("ngày 15");
    expect(parseDate("")).toBeUndefined();
    expect(dateUnderstood("15/06/26", false)).toBe(false);
    expect(dateUnderstood("31/02/2026", false)).toBe(true); // read; core says the day does not exist
  });
  it("shows ISO dates day first", () => {
    expect(formatDate("2026-06-15")).toBe("15/06/2026");
    expect(formatDate("2026-06")).toBe("06/2026");
    expect(formatDate("2026")).toBe("2026");
    expect(formatDate(undefined)).toBe("");
  });
});

describe("numbers as each language writes them", () => {
  it("Vietnamese: dot thousands, decimal comma", () => {
    expect(parseNumberIn("1.250.000", "vi")).toBe(1_250_000);
    expect(parseNumberIn("1 250 000", "vi")).toBe(1_250_000);
    expect(parseNumberIn("12,5", "vi")).toBe(12.5);
    expect(parseNumberIn("1.250.000,75", "vi")).toBe(1_250_000.75);
    expect(parseNumberIn("12.5", "vi")).toBe(12.5);
    expect(parseNumberIn("0.125", "vi")).toBe(0.125); // a group never starts with 0
    expect(parseNumberIn("0.5", "vi")).toBe(0.5);
    expect(parseNumberIn("12.", "vi")).toBe("12."); // kept for validation to name
    expect(parseNumberIn("mười", "vi")).toBe("mười");
  });
  it("English: comma thousands, decimal point; never reads 1,250 as 1.25", () => {
    expect(parseNumberIn("1,250,000", "en")).toBe(1_250_000);
    expect(parseNumberIn("1,250", "en")).toBe(1250);
    expect(parseNumberIn("12.5", "en")).toBe(12.5);
    expect(parseNumberIn("1.250.000", "en")).toBe("1.250.000");
  });
  it("formats back, grouped or not", () => {
    expect(formatNumber(1_250_000_000, "vi", true)).toBe("1.250.000.000");
    expect(formatNumber(1_250_000.5, "en", true)).toBe("1,250,000.5");
    expect(formatNumber(12.5, "vi", true)).toBe("12,5");
    expect(formatNumber(2026, "vi", false)).toBe("2026");
    for (const n of [0, 7, 1000, 12_069_992, 1e15, 3.25])
      for (const lang of ["vi", "en"] as const)
        expect(parseNumberIn(formatNumber(n, lang, true), lang)).toBe(n);
  });
  it("regroups digits as they are typed and keeps the caret after the same digit", () => {
    expect(regroup("1250000", 7, "vi")).toEqual({ text: "1.250.000", caret: 9 });
    expect(regroup("1.250.0001", 10, "vi")).toEqual({ text: "12.500.001", caret: 10 });
    expect(regroup("1250000", 7, "en")).toEqual({ text: "1,250,000", caret: 9 });
    // after the 2nd digit of "12500" → after the 2nd digit of "12.500"
    expect(regroup("12500", 2, "vi")).toEqual({ text: "12.500", caret: 2 });
    expect(regroup("1.250.000,5", 11, "vi")).toBeUndefined();
    expect(regroup("12.5", 4, "vi")).toBeUndefined();
    expect(regroup("abc", 3, "vi")).toBeUndefined();
  });
  it("keeps a separator just typed: “12.” may become 12.5 or 12.500, only the next keys tell", () => {
    // Key by key, as the form regroups on every input: what is typed is what stays.
    const type = (keys: string, lang: "vi" | "en") => {
      let text = "";
      for (const k of keys) {
        text += k;
        text = regroup(text, text.length, lang)?.text ?? text;
      }
      return text;
    };
    expect(type("12.5", "vi")).toBe("12.5");
    expect(type("12.50", "vi")).toBe("12.50");
    expect(type("0.5", "vi")).toBe("0.5");
    expect(type("0.75", "vi")).toBe("0.75");
    expect(type("0.125", "vi")).toBe("0.125");
    expect(type("1.250.000", "vi")).toBe("1.250.000");
    expect(type("1250000", "vi")).toBe("1.250.000");
    expect(type("1,250,000", "en")).toBe("1,250,000");
    expect(type("12,5", "vi")).toBe("12,5");
    for (const keys of ["12.5", "12.50", "0.5", "0.75", "0.125"])
      expect(parseNumberIn(type(keys, "vi"), "vi"), keys).toBe(Number(keys));
    // A separator left behind with digits after it (a digit deleted) is regrouped as before.
    expect(regroup("1.50.000", 2, "vi")).toEqual({ text: "150.000", caret: 1 });
  });
});

describe("amounts in words", () => {
  it("reads amounts as Vietnamese writes them", () => {
    expect(numberInWords(1_250_000)).toBe("Một triệu hai trăm năm mươi nghìn");
    expect(numberInWords(105)).toBe("Một trăm lẻ năm");
    expect(numberInWords(21)).toBe("Hai mươi mốt");
    expect(numberInWords(15)).toBe("Mười lăm");
    expect(numberInWords(1_005_000)).toBe("Một triệu không trăm lẻ năm nghìn");
    expect(numberInWords(36_000_000_000)).toBe("Ba mươi sáu tỷ");
    expect(numberInWords(2_000_000_000_000)).toBe("Hai nghìn tỷ");
  });
});
