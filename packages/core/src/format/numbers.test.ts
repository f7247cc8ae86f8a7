import { describe, expect, it } from "vitest";
import {
  ALPHA_MARKERS,
  alphaMarker,
  formatAmount,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  padCount,
  romanNumeral,
} from "./numbers";

describe("formatNumber", () => {
  it("uses dot thousands and comma decimals", () => {
    expect(formatNumber(12069992)).toBe("12.069.992");
    expect(formatNumber(12.1)).toBe("12,1");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(1e9)).toBe("1.000.000.000");
    expect(formatNumber(1e15)).toBe("1.000.000.000.000.000");
    expect(formatNumber(1234567.891)).toBe("1.234.567,891");
  });

  it("rounds half up on the decimal form and drops trailing zeros", () => {
    expect(formatNumber(1234.5678)).toBe("1.234,568");
    expect(formatNumber(1.005, { maxFractionDigits: 2 })).toBe("1,01");
    expect(formatNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatNumber(2.5, { maxFractionDigits: 0 })).toBe("3");
    expect(formatNumber(9.9996)).toBe("10");
    expect(formatNumber(999.9996)).toBe("1.000");
    expect(formatNumber(1.5, { maxFractionDigits: 3 })).toBe("1,5");
    expect(formatNumber(1e-7)).toBe("0");
    expect(formatNumber(0.00005, { maxFractionDigits: 4 })).toBe("0,0001");
  });

  it("matches Intl vi-VN digit for digit, with no NBSP", () => {
    const intl = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 });
    for (const n of [0, 7, 12, 999, 1000, 12345.678, 1e6, 2.25, 1234567.1, 98765.4321, Math.PI, 1e12 + 0.5]) {
      expect(formatNumber(n)).toBe(intl.format(n));
    }
    expect(formatNumber(12345.5)).toMatch(/^[0-9.,]+$/);
  });

  it("rejects negative, NaN, infinite and unsafe numbers with a clear RangeError", () => {
    expect(() => formatNumber(-1)).toThrow(RangeError);
    expect(() => formatNumber(-1)).toThrow(/formatNumber: expected a finite number ≥ 0, got -1/);
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(2 ** 60)).toThrow(/too large/);
    expect(() => formatNumber(1.5, { maxFractionDigits: -1 })).toThrow(/maxFractionDigits/);
  });
});

describe("padCount", () => {
  it("pads below 10 except 0", () => {
    expect(padCount(0)).toBe("0");
    expect(padCount(1)).toBe("01");
    expect(padCount(3)).toBe("03");
    expect(padCount(9)).toBe("09");
    expect(padCount(10)).toBe("10");
    expect(padCount(1000)).toBe("1.000");
    expect(padCount(1e9)).toBe("1.000.000.000");
  });

  it("rejects negative and fractional counts", () => {
    expect(() => padCount(-3)).toThrow(/padCount: expected a finite number ≥ 0, got -3/);
    expect(() => padCount(2.5)).toThrow(/whole number/);
  });
});

describe("formatCount", () => {
  it("writes counts with unit and qualifier", () => {
    expect(formatCount({ value: 3, unit: "trường hợp" })).toBe("03 trường hợp");
    expect(formatCount({ value: 70, qualifier: "over", unit: "lượt" })).toBe("trên 70 lượt");
    expect(formatCount({ value: 100, qualifier: "more-than", unit: "đại biểu" })).toBe("hơn 100 đại biểu");
    expect(formatCount({ value: 5, qualifier: "about", unit: "người" })).toBe("khoảng 05 người");
    expect(formatCount({ value: 1000, qualifier: "nearly", unit: "lượt khách" })).toBe(
      "gần 1.000 lượt khách",
    );
    expect(formatCount({ value: 20, qualifier: "under", unit: "người" })).toBe("dưới 20 người");
    expect(formatCount({ value: 4, qualifier: "exact", unit: "đoàn" })).toBe("04 đoàn");
    expect(formatCount({ value: 0, unit: "trường hợp" })).toBe("0 trường hợp");
    expect(formatCount({ value: 114, unit: "lượt công chức" })).toBe("114 lượt công chức");
  });

  it("leaves the unit out on request or when there is none", () => {
    expect(formatCount({ value: 3, unit: "trường hợp" }, { unit: false })).toBe("03");
    expect(formatCount({ value: 70, qualifier: "over", unit: "lượt" }, { unit: false })).toBe("trên 70");
    expect(formatCount({ value: 12 })).toBe("12");
  });
});

describe("formatMoney", () => {
  it("writes full amounts, VND as đồng", () => {
    expect(formatMoney({ amount: 12069992, currency: "USD" })).toBe("12.069.992 USD");
    expect(formatMoney({ amount: 500000000, currency: "VND" })).toBe("500.000.000 đồng");
    expect(formatMoney({ amount: 1234.5, currency: "EUR" })).toBe("1.234,5 EUR");
    expect(formatMoney({ amount: 0, currency: "VND" })).toBe("0 đồng");
  });

  it("writes compact amounts in triệu, tỷ, nghìn tỷ", () => {
    expect(formatMoney({ amount: 12069992, currency: "USD" }, { compact: true })).toBe("12,1 triệu USD");
    expect(formatMoney({ amount: 1.5e9, currency: "VND" }, { compact: true })).toBe("1,5 tỷ đồng");
    expect(formatMoney({ amount: 1e9, currency: "VND" }, { compact: true })).toBe("1 tỷ đồng");
    expect(formatMoney({ amount: 2e12, currency: "VND" }, { compact: true })).toBe("2 nghìn tỷ đồng");
    expect(formatMoney({ amount: 950e6, currency: "VND" }, { compact: true })).toBe("950 triệu đồng");
    expect(formatMoney({ amount: 999.96e6, currency: "VND" }, { compact: true })).toBe("1 tỷ đồng");
    expect(formatMoney({ amount: 500000, currency: "VND" }, { compact: true })).toBe("500.000 đồng");
    expect(
      formatMoney({ amount: 1.25e9, currency: "VND" }, { compact: true, compactFractionDigits: 2 }),
    ).toBe("1,25 tỷ đồng");
  });

  it("adds the qualifier and the equivalent", () => {
    expect(formatMoney({ amount: 1.5e9, currency: "VND", qualifier: "over" }, { compact: true })).toBe(
      "trên 1,5 tỷ đồng",
    );
    const aid = {
      amount: 50000,
      currency: "USD",
      equivalent: { amount: 1250000000, currency: "VND", qualifier: "about" as const },
    };
    expect(formatMoney(aid)).toBe("50.000 USD (tương đương khoảng 1.250.000.000 đồng)");
    expect(formatMoney(aid, { compact: true })).toBe("50.000 USD (tương đương khoảng 1,3 tỷ đồng)");
    expect(formatMoney({ ...aid, equivalent: { amount: 1250000000, currency: "VND" } })).toBe(
      "50.000 USD (tương đương 1.250.000.000 đồng)",
    );
    expect(formatMoney({ ...aid, rateDate: "2024-05-08" })).toBe(
      "50.000 USD (tương đương khoảng 1.250.000.000 đồng, theo tỷ giá ngày 08/5/2024)",
    );
  });

  it("rejects negative amounts", () => {
    expect(() => formatAmount({ amount: -1, currency: "VND" })).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("keeps one decimal at most", () => {
    expect(formatPercent(12.5)).toBe("12,5%");
    expect(formatPercent(100 / 3)).toBe("33,3%");
    expect(formatPercent(25)).toBe("25%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(99.96)).toBe("100%");
    expect(formatPercent(150)).toBe("150%");
  });

  it("rejects negative values", () => {
    expect(() => formatPercent(-12.5)).toThrow(/formatPercent/);
  });
});

describe("romanNumeral", () => {
  it("writes 1 to 50", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 14, 19, 40, 44, 49, 50].map(romanNumeral)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "IX",
      "X",
      "XIV",
      "XIX",
      "XL",
      "XLIV",
      "XLIX",
      "L",
    ]);
  });

  it("rejects anything else", () => {
    expect(() => romanNumeral(0)).toThrow(/from 1 to 50, got 0/);
    expect(() => romanNumeral(51)).toThrow(RangeError);
    expect(() => romanNumeral(-1)).toThrow(RangeError);
    expect(() => romanNumeral(1.5)).toThrow(RangeError);
  });
});

describe("alphaMarker", () => {
  it("follows the Vietnamese point order with đ after d", () => {
    expect(alphaMarker(0)).toBe("a");
    expect(alphaMarker(3)).toBe("d");
    expect(alphaMarker(4)).toBe("đ");
    expect(alphaMarker(5)).toBe("e");
    expect(alphaMarker(6)).toBe("g");
    expect(alphaMarker(22)).toBe("y");
    expect(ALPHA_MARKERS.join("")).toBe("abcdđeghiklmnopqrstuvxy");
    for (const missing of ["f", "j", "w", "z"]) expect(ALPHA_MARKERS).not.toContain(missing);
  });

  it("throws past y and on bad indexes", () => {
    expect(() => alphaMarker(23)).toThrow(/from 0 to 22 \(a … y\), got 23/);
    expect(() => alphaMarker(-1)).toThrow(RangeError);
    expect(() => alphaMarker(1.5)).toThrow(RangeError);
  });
});
