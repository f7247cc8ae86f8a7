import { formatDocumentNumber, formatMoney, nextPeriod, periodLabel, validate } from "@doingoai/core";
import { CONSTRUCTED, FULL_REPORT, PARTY_PLAN } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

/** What documents from other provinces use and the seeds do not. */
describe("documents beyond the seeds", () => {
  it.each(Object.keys(CONSTRUCTED))("%s validates without errors", (name) => {
    const r = validate(CONSTRUCTED[name as keyof typeof CONSTRUCTED]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a quarter and a 9-month span, with the next period", () => {
    expect(periodLabel(FULL_REPORT.body.period)).toBe("quý I năm 2025");
    expect(periodLabel(nextPeriod(FULL_REPORT.body.period))).toBe("quý II năm 2025");
    expect(periodLabel(PARTY_PLAN.body.period!)).toBe("9 tháng cuối năm 2025");
  });

  it("an amount in two currencies", () => {
    const aid = FULL_REPORT.body.areas["ngo-aid"];
    if (aid?.answer !== "content") throw new Error("fixture changed");
    expect(formatMoney(aid.facts!.projects![0]!.committed!)).toBe(
      "42.000 USD (tương đương khoảng 1.050.000.000 đồng, theo tỷ giá ngày 01/02/2025)",
    );
  });

  it("a Party committee's own numbering", () => {
    expect(formatDocumentNumber(PARTY_PLAN.frame.number, PARTY_PLAN.frame.symbol)).toBe("Số: 21-KH/ĐU");
  });

  it("a custom area whose table rows do not fit is an error", () => {
    const d = structuredClone(FULL_REPORT);
    d.body.customAreas![0]!.answer = {
      answer: "content",
      facts: { table: { columns: ["A", "B"], rows: [["1"]] } },
    };
    expect(validate(d).issues.map((i) => i.code)).toContain("table.row-width");
  });
});
