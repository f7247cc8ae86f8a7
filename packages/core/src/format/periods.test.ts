import { describe, expect, it } from "vitest";
import type { Period } from "../model/values";
import { isWithin, nextPeriod, periodLabel, periodLabelEn, spanOf } from "./periods";

const p = (from: string, to: string, span?: Period["span"]): Period =>
  span === undefined ? { from, to } : { from, to, span };

describe("periodLabel from dates", () => {
  it("names halves, years, quarters and 9 months", () => {
    expect(periodLabel(p("2024-01-01", "2024-06-30"))).toBe("6 tháng đầu năm 2024");
    expect(periodLabel(p("2024-07-01", "2024-12-31"))).toBe("6 tháng cuối năm 2024");
    expect(periodLabel(p("2024-01-01", "2024-12-31"))).toBe("năm 2024");
    expect(periodLabel(p("2024-01-01", "2024-03-31"))).toBe("quý I năm 2024");
    expect(periodLabel(p("2024-04-01", "2024-06-30"))).toBe("quý II năm 2024");
    expect(periodLabel(p("2024-07-01", "2024-09-30"))).toBe("quý III năm 2024");
    expect(periodLabel(p("2024-10-01", "2024-12-31"))).toBe("quý IV năm 2024");
    expect(periodLabel(p("2024-01-01", "2024-09-30"))).toBe("9 tháng đầu năm 2024");
    expect(periodLabel(p("2024-04-01", "2024-12-31"))).toBe("9 tháng cuối năm 2024");
  });

  it("names other whole months", () => {
    expect(periodLabel(p("2024-05-01", "2024-05-31"))).toBe("tháng 5 năm 2024");
    expect(periodLabel(p("2024-02-01", "2024-02-29"))).toBe("tháng 02 năm 2024");
    expect(periodLabel(p("2024-01-01", "2024-11-30"))).toBe("11 tháng đầu năm 2024");
    expect(periodLabel(p("2024-02-01", "2024-04-30"))).toBe("3 tháng (từ tháng 02 đến tháng 4 năm 2024)");
    expect(periodLabel(p("2023-11-01", "2024-01-31"))).toBe(
      "3 tháng (từ tháng 11 năm 2023 đến tháng 01 năm 2024)",
    );
  });

  it("names several whole years as a stage (giai đoạn)", () => {
    expect(periodLabel(p("2016-01-01", "2020-12-31"))).toBe("giai đoạn 2016 - 2020");
    expect(periodLabel(p("2021-01-01", "2026-12-31", "months"))).toBe("giai đoạn 2021 - 2026");
    expect(periodLabelEn(p("2016-01-01", "2020-12-31"))).toBe("2016–2020");
    expect(periodLabel(nextPeriod(p("2016-01-01", "2020-12-31")))).toBe("giai đoạn 2021 - 2025");
  });

  it("writes any other range from–to", () => {
    expect(periodLabel(p("2023-12-15", "2024-06-14"))).toBe("từ ngày 15/12/2023 đến ngày 14/6/2024");
    expect(periodLabel(p("2024-05-08", "2024-05-08"))).toBe("từ ngày 08/5/2024 đến ngày 08/5/2024");
  });
});

describe("periodLabel with a span", () => {
  it("lets the span win over cut-off dates, in the year of `to`", () => {
    expect(periodLabel(p("2023-12-15", "2024-06-14", "h1"))).toBe("6 tháng đầu năm 2024");
    expect(periodLabel(p("2024-06-15", "2024-12-14", "h2"))).toBe("6 tháng cuối năm 2024");
    expect(periodLabel(p("2023-12-15", "2024-12-14", "year"))).toBe("năm 2024");
    expect(periodLabel(p("2023-12-15", "2024-03-14", "q1"))).toBe("quý I năm 2024");
    expect(periodLabel(p("2023-12-15", "2024-09-14", "9m"))).toBe("9 tháng đầu năm 2024");
  });

  it("counts months for span months and writes dates for span custom", () => {
    expect(periodLabel(p("2023-12-15", "2024-03-14", "months"))).toBe(
      "3 tháng (từ ngày 15/12/2023 đến ngày 14/3/2024)",
    );
    expect(periodLabel(p("2024-02-01", "2024-04-30", "months"))).toBe(
      "3 tháng (từ tháng 02 đến tháng 4 năm 2024)",
    );
    expect(periodLabel(p("2024-01-01", "2024-06-30", "custom"))).toBe(
      "từ ngày 01/01/2024 đến ngày 30/6/2024",
    );
  });

  it("rejects reversed or impossible periods", () => {
    expect(() => periodLabel(p("2024-06-30", "2024-01-01"))).toThrow(/ends \(2024-01-01\) before it starts/);
    expect(() => periodLabel(p("2024-02-30", "2024-06-30"))).toThrow(RangeError);
  });
});

describe("periodLabelEn", () => {
  it("gives the English equivalents", () => {
    expect(periodLabelEn(p("2024-01-01", "2024-06-30"))).toBe("first half of 2024");
    expect(periodLabelEn(p("2024-07-01", "2024-12-31"))).toBe("second half of 2024");
    expect(periodLabelEn(p("2024-01-01", "2024-12-31"))).toBe("year 2024");
    expect(periodLabelEn(p("2024-01-01", "2024-03-31"))).toBe("Q1 2024");
    expect(periodLabelEn(p("2024-10-01", "2024-12-31"))).toBe("Q4 2024");
    expect(periodLabelEn(p("2024-01-01", "2024-09-30"))).toBe("first 9 months of 2024");
    expect(periodLabelEn(p("2024-04-01", "2024-12-31"))).toBe("last 9 months of 2024");
    expect(periodLabelEn(p("2024-05-01", "2024-05-31"))).toBe("May 2024");
    expect(periodLabelEn(p("2024-02-01", "2024-04-30"))).toBe("3 months (February – April 2024)");
    expect(periodLabelEn(p("2023-11-01", "2024-01-31"))).toBe("3 months (November 2023 – January 2024)");
    expect(periodLabelEn(p("2023-12-15", "2024-06-14"))).toBe("15/12/2023 – 14/6/2024");
    expect(periodLabelEn(p("2023-12-15", "2024-06-14", "h1"))).toBe("first half of 2024");
  });
});

describe("spanOf", () => {
  it("reads what the dates are", () => {
    expect(spanOf(p("2024-01-01", "2024-06-30"))).toBe("h1");
    expect(spanOf(p("2024-07-01", "2024-12-31"))).toBe("h2");
    expect(spanOf(p("2024-01-01", "2024-12-31"))).toBe("year");
    expect(spanOf(p("2024-04-01", "2024-06-30"))).toBe("q2");
    expect(spanOf(p("2024-01-01", "2024-09-30"))).toBe("9m");
    expect(spanOf(p("2024-04-01", "2024-12-31"))).toBe("months");
    expect(spanOf(p("2023-11-01", "2024-01-31"))).toBe("months");
    expect(spanOf(p("2023-12-15", "2024-06-14"))).toBe("custom");
    expect(spanOf(p("2023-12-15", "2024-06-14", "h1"))).toBe("custom");
    expect(spanOf(p("2024-01-01", "2024-06-29"))).toBe("custom");
  });
});

describe("nextPeriod", () => {
  it("follows calendar spans", () => {
    expect(nextPeriod(p("2024-01-01", "2024-06-30"))).toEqual(p("2024-07-01", "2024-12-31"));
    expect(nextPeriod(p("2024-07-01", "2024-12-31"))).toEqual(p("2025-01-01", "2025-06-30"));
    expect(nextPeriod(p("2024-01-01", "2024-12-31"))).toEqual(p("2025-01-01", "2025-12-31"));
    expect(nextPeriod(p("2024-01-01", "2024-03-31"))).toEqual(p("2024-04-01", "2024-06-30"));
    expect(nextPeriod(p("2024-10-01", "2024-12-31"))).toEqual(p("2025-01-01", "2025-03-31"));
    expect(nextPeriod(p("2024-01-01", "2024-09-30"))).toEqual(p("2024-10-01", "2024-12-31"));
    expect(nextPeriod(p("2024-02-01", "2024-04-30"))).toEqual(p("2024-05-01", "2024-07-31"));
  });

  it("shifts cut-off periods and keeps their span", () => {
    const h1 = p("2023-12-15", "2024-06-14", "h1");
    const h2 = nextPeriod(h1);
    expect(h2).toEqual(p("2024-06-15", "2024-12-14", "h2"));
    expect(periodLabel(h2)).toBe("6 tháng cuối năm 2024");
    const nextH1 = nextPeriod(h2);
    expect(nextH1).toEqual(p("2024-12-15", "2025-06-14", "h1"));
    expect(periodLabel(nextH1)).toBe("6 tháng đầu năm 2025");
    expect(nextPeriod(p("2023-12-15", "2024-12-14", "year"))).toEqual(p("2024-12-15", "2025-12-14", "year"));
    expect(nextPeriod(p("2024-09-15", "2024-12-14", "q4"))).toEqual(p("2024-12-15", "2025-03-14", "q1"));
    expect(nextPeriod(p("2023-12-15", "2024-09-14", "9m"))).toEqual(p("2024-09-15", "2024-12-14", "q4"));
    expect(nextPeriod(p("2024-03-15", "2024-06-14", "months"))).toEqual(
      p("2024-06-15", "2024-09-14", "months"),
    );
  });

  it("follows the first months of a year with the rest of that year", () => {
    const five = p("2022-01-01", "2022-05-31");
    expect(periodLabel(five)).toBe("5 tháng đầu năm 2022");
    expect(nextPeriod(five)).toEqual(p("2022-06-01", "2022-12-31"));
    expect(periodLabel(nextPeriod(five))).toBe("7 tháng cuối năm 2022");
    expect(periodLabel(nextPeriod(p("2023-01-01", "2023-08-31")))).toBe("4 tháng cuối năm 2023");
    // the same from the NĐ 09/2019 cut-off (15/12 of the year before)
    expect(nextPeriod(p("2021-12-15", "2022-05-14", "months"))).toEqual(
      p("2022-05-15", "2022-12-14", "months"),
    );
    expect(nextPeriod(p("2023-12-15", "2024-03-14", "months"))).toEqual(
      p("2024-03-15", "2024-12-14", "months"),
    );
  });

  it("repeats a custom span's length (in months between cut-offs, else in days)", () => {
    expect(nextPeriod(p("2025-12-15", "2026-06-14", "custom"))).toEqual(
      p("2026-06-15", "2026-12-14", "custom"),
    );
    expect(nextPeriod(p("2024-05-08", "2024-05-17"))).toEqual(p("2024-05-18", "2024-05-27"));
    expect(nextPeriod(p("2023-12-15", "2024-06-14", "custom"))).toEqual(
      p("2024-06-15", "2024-12-14", "custom"),
    );
  });

  it("runs to the end of the year with restOfYear", () => {
    const rest = nextPeriod(p("2024-01-01", "2024-03-31"), { restOfYear: true });
    expect(rest).toEqual(p("2024-04-01", "2024-12-31"));
    expect(periodLabel(rest)).toBe("9 tháng cuối năm 2024");
    expect(periodLabel(nextPeriod(p("2024-01-01", "2024-06-30"), { restOfYear: true }))).toBe(
      "6 tháng cuối năm 2024",
    );
    expect(nextPeriod(p("2024-01-01", "2024-12-31"), { restOfYear: true })).toEqual(
      p("2025-01-01", "2025-12-31"),
    );
    expect(nextPeriod(p("2023-12-15", "2024-06-14", "h1"), { restOfYear: true })).toEqual(
      p("2024-06-15", "2024-12-31"),
    );
  });
});

describe("isWithin", () => {
  it("includes both ends", () => {
    const h1 = p("2023-12-15", "2024-06-14", "h1");
    expect(isWithin("2023-12-15", h1)).toBe(true);
    expect(isWithin("2024-06-14", h1)).toBe(true);
    expect(isWithin("2024-02-29", h1)).toBe(true);
    expect(isWithin("2023-12-14", h1)).toBe(false);
    expect(isWithin("2024-06-15", h1)).toBe(false);
  });

  it("rejects impossible dates", () => {
    expect(() => isWithin("2024-02-30", p("2024-01-01", "2024-12-31"))).toThrow(/isWithin/);
  });
});
