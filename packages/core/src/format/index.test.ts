import { describe, expect, it } from "vitest";
import * as format from "./index";

describe("format index", () => {
  it("exports the formatting functions by name", () => {
    expect(format.formatDateLine("Văn Quan", "2024-05-08")).toBe("Văn Quan, ngày 08 tháng 5 năm 2024");
    expect(format.formatCount({ value: 3, unit: "trường hợp" })).toBe("03 trường hợp");
    expect(format.periodLabel({ from: "2024-01-01", to: "2024-06-30" })).toBe("6 tháng đầu năm 2024");
    expect(format.formatDocumentNumber(5, "BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(format.formatComparison(9, 8, 2025)).toBe("tăng 12,5% so với cùng kỳ năm 2025");
  });
});
