import { describe, expect, it } from "vitest";
import {
  DRAFT_BLANK,
  formatDateLine,
  formatDateLong,
  formatDateShort,
  inclusiveDays,
  isRealDate,
  toDate,
  toIsoDate,
} from "./dates";

describe("isRealDate", () => {
  it("knows the calendar", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("2024-02-30")).toBe(false);
    expect(isRealDate("2024-04-31")).toBe(false);
    expect(isRealDate("2100-02-29")).toBe(false);
    expect(isRealDate("2000-02-29")).toBe(true);
    expect(isRealDate("2024-12-31")).toBe(true);
  });

  it("rejects anything that is not YYYY-MM-DD", () => {
    for (const s of [
      "2024-13-01",
      "2024-00-10",
      "2024-5-8",
      "08/5/2024",
      "2024-05",
      "",
      "2024-05-08T00:00",
    ]) {
      expect(isRealDate(s)).toBe(false);
    }
  });
});

describe("formatDateLine", () => {
  it("pads the day below 10 and the months 1 and 2", () => {
    expect(formatDateLine("Văn Quan", "2024-05-08")).toBe("Văn Quan, ngày 08 tháng 5 năm 2024");
    expect(formatDateLine("Lạng Sơn", "2020-01-05")).toBe("Lạng Sơn, ngày 05 tháng 01 năm 2020");
    expect(formatDateLine("Hà Nội", "2019-06-29")).toBe("Hà Nội, ngày 29 tháng 6 năm 2019");
    expect(formatDateLine("Lạng Sơn", "2024-02-05")).toBe("Lạng Sơn, ngày 05 tháng 02 năm 2024");
    expect(formatDateLine("Lạng Sơn", "2024-12-10")).toBe("Lạng Sơn, ngày 10 tháng 12 năm 2024");
    expect(formatDateLine("Lạng Sơn", "2024-10-09")).toBe("Lạng Sơn, ngày 09 tháng 10 năm 2024");
  });

  it("leaves draft blanks of five spaces", () => {
    expect(DRAFT_BLANK).toBe("   ");
    expect(formatDateLine("Văn Quan", "2024-05")).toBe("Văn Quan, ngày     tháng 5 năm 2024");
    expect(formatDateLine("Văn Quan", "2024-01")).toBe("Văn Quan, ngày     tháng 01 năm 2024");
    expect(formatDateLine("Văn Quan", "2024")).toBe("Văn Quan, ngày     tháng     năm 2024");
    expect(formatDateLine("Văn Quan", undefined)).toBe("Văn Quan, ngày     tháng     năm    ");
  });

  it("trims the place and drops the comma when there is none", () => {
    expect(formatDateLine("  Văn Quan ", "2024-05-08")).toBe("Văn Quan, ngày 08 tháng 5 năm 2024");
    expect(formatDateLine("", "2024-05-08")).toBe("ngày 08 tháng 5 năm 2024");
  });

  it("rejects impossible or malformed dates", () => {
    expect(() => formatDateLine("Văn Quan", "2024-02-30")).toThrow(/"2024-02-30" is not a real date/);
    expect(() => formatDateLine("Văn Quan", "2024-13")).toThrow(RangeError);
    expect(() => formatDateLine("Văn Quan", "08/5/2024")).toThrow(RangeError);
  });
});

describe("formatDateLong and formatDateShort", () => {
  it("write full dates with the same padding rule", () => {
    expect(formatDateLong("2024-05-08")).toBe("ngày 08 tháng 5 năm 2024");
    expect(formatDateLong("2024-02-05")).toBe("ngày 05 tháng 02 năm 2024");
    expect(formatDateLong("2019-06-29")).toBe("ngày 29 tháng 6 năm 2019");
    expect(formatDateShort("2024-05-08")).toBe("08/5/2024");
    expect(formatDateShort("2024-01-29")).toBe("29/01/2024");
    expect(formatDateShort("2024-04-15")).toBe("15/4/2024");
    expect(formatDateShort("2024-02-09")).toBe("09/02/2024");
    expect(formatDateShort("2024-11-30")).toBe("30/11/2024");
  });

  it("reject impossible dates", () => {
    expect(() => formatDateLong("2023-02-29")).toThrow(/formatDateLong/);
    expect(() => formatDateShort("2024-02-30")).toThrow(/formatDateShort/);
    expect(() => formatDateShort("2024-05")).toThrow(RangeError);
  });
});

describe("inclusiveDays", () => {
  it("counts both ends", () => {
    expect(inclusiveDays("2019-04-27", "2019-05-01")).toBe(5);
    expect(inclusiveDays("2024-05-08", "2024-05-08")).toBe(1);
    expect(inclusiveDays("2024-02-28", "2024-03-01")).toBe(3);
    expect(inclusiveDays("2024-01-01", "2024-12-31")).toBe(366);
    expect(inclusiveDays("2024-03-30", "2024-03-31")).toBe(2);
  });

  it("rejects a reversed range and impossible dates", () => {
    expect(() => inclusiveDays("2019-05-01", "2019-04-27")).toThrow(/before/);
    expect(() => inclusiveDays("2019-02-29", "2019-03-01")).toThrow(RangeError);
  });
});

describe("toDate and toIsoDate", () => {
  it("round-trip local calendar days", () => {
    expect(toIsoDate(toDate("2024-05-08"))).toBe("2024-05-08");
    expect(toIsoDate(new Date(2024, 0, 5))).toBe("2024-01-05");
  });
});
