/**
 * The sentences of core's constructed report written from facts only (`FULL_REPORT`), as a clerk
 * of a border commune would write them, and the pieces they are made of.
 */
import type { Indicator } from "@doingoai/core";
import { FULL_REPORT } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import type { FactsOf } from "./facts";
import {
  describeAidProject,
  describeAreaFacts,
  describeDelegation,
  describeDelegations,
  describeIndicators,
  describeMoney,
  sentenceContext,
} from "./index";
import { countComparison, describeAmount, withCountry } from "./phrase";

const areas = FULL_REPORT.body.areas;
const ctx = sentenceContext(FULL_REPORT.body.period);
function factsOf<F>(answer: { answer: string; facts?: unknown } | undefined): F {
  if (answer?.answer !== "content" || answer.facts === undefined) throw new Error("no facts");
  return answer.facts as F;
}

describe("FULL_REPORT: the period and the comparison year", () => {
  it("writes 'Trong quý I năm 2025' and compares with 2024", () => {
    expect(ctx).toEqual({ periodLabel: "quý I năm 2025", previousYear: 2024 });
  });
});

describe("FULL_REPORT: delegations, totals computed from the rows", () => {
  const facts = factsOf<FactsOf<"delegations">>(areas.delegations);

  it("counts persons and days from the rows and compares with none the year before", () => {
    expect(describeAreaFacts("delegations", facts, ctx)).toEqual([
      "Trong quý I năm 2025, có 01 đoàn ra với tổng số 05 lượt người, 01 ngày (tăng 01 đoàn so với cùng kỳ năm 2024), cụ thể:",
      "- Đoàn công tác xã Đàm Thủy thăm, chúc Tết (Trung Quốc). Thời gian: ngày 24/01/2025. Số thành viên: 05 người. Trưởng đoàn: Chủ tịch UBND xã. Nội dung: Thăm, chúc Tết Nguyên đán trấn Thạc Long, huyện Đại Tân. Kinh phí: Ngân sách xã. Văn bản cho phép: Quyết định số 35/QĐ-UBND ngày 15/01/2025 của UBND tỉnh Cao Bằng.",
      "Trong quý I năm 2025, có 01 đoàn vào với tổng số 08 lượt người, 01 ngày, cụ thể:",
      "- Đoàn trấn Thạc Long (Trung Quốc). Thời gian: ngày 12/02/2025. Số thành viên: 08 người. Trưởng đoàn: Trấn trưởng. Đơn vị chủ trì đón tiếp: UBND xã Đàm Thủy.",
    ]);
  });

  it("refers to the appendix right after the delegations it tabulates", () => {
    const lines = describeDelegations(facts, ctx, { outbound: "(Chi tiết tại Phụ lục kèm theo)" });
    expect(lines[2]).toBe("(Chi tiết tại Phụ lục kèm theo)");
    expect(lines[3]).toMatch(/^Trong quý I năm 2025, có 01 đoàn vào/);
    expect(lines).toHaveLength(5);
  });

  it("puts the countries inside a bracket the name already ends with, and names a country once", () => {
    const base = { direction: "inbound" as const, name: "Đoàn Hội Hữu nghị (Hội HN)", countries: ["Lào"] };
    expect(describeDelegation(base)).toBe("- Đoàn Hội Hữu nghị (Hội HN, Lào).");
    expect(
      describeDelegation({
        ...base,
        name: "Đoàn công tác tỉnh Quảng Tây (Trung Quốc)",
        countries: ["Trung Quốc"],
      }),
    ).toBe("- Đoàn công tác tỉnh Quảng Tây (Trung Quốc).");
  });
});

describe("FULL_REPORT: economic diplomacy", () => {
  const facts = factsOf<FactsOf<"economic-diplomacy">>(areas["economic-diplomacy"]);

  it("compares an approximate figure approximately and names the labour markets with the workers", () => {
    expect(describeAreaFacts("economic-diplomacy", facts, ctx)).toEqual([
      "Trong quý I năm 2025, có khoảng 12.000 lượt khách nước ngoài đến du lịch (tăng khoảng 25% so với cùng kỳ năm 2024); 04 lao động đi làm việc ở nước ngoài theo hợp đồng tại các thị trường Nhật Bản và Hàn Quốc.",
    ]);
  });

  it("keeps the markets in a sentence of their own when no worker was sent", () => {
    expect(
      describeAreaFacts(
        "economic-diplomacy",
        { indicators: [{ key: "labourAbroad", count: { value: 0 } }], labourMarkets: ["Hàn Quốc"] },
        ctx,
      ),
    ).toEqual([
      "Trong quý I năm 2025, không có lao động đi làm việc ở nước ngoài theo hợp đồng.",
      "Người lao động đi làm việc ở nước ngoài theo hợp đồng tại thị trường Hàn Quốc.",
    ]);
  });
});

describe("FULL_REPORT: foreign non-governmental aid", () => {
  const facts = factsOf<FactsOf<"ngo-aid">>(areas["ngo-aid"]);

  it("writes one bracket for the donor's short name and country, the field in lower case, the VND equivalent as stated", () => {
    expect(describeAidProject(facts.projects![0]!)).toBe(
      "- Dự án “Nước sạch cho điểm trường Lũng Rì” do Tổ chức Tầm nhìn Thế giới (World Vision, Hoa Kỳ) tài trợ, lĩnh vực nước sạch, vệ sinh, trị giá cam kết 42.000 USD (tương đương khoảng 1,05 tỷ đồng, theo tỷ giá ngày 01/02/2025), đã tiếp nhận 30.000 USD; viện trợ hiện vật: 02 bồn chứa nước inox 5 m³ (trị giá ước tính 36 triệu đồng); đối tượng hưởng lợi: trên 150 học sinh.",
    );
  });

  it("leads with the project count and the totals", () => {
    expect(describeAreaFacts("ngo-aid", facts, ctx)[0]).toBe(
      "Trong quý I năm 2025, trên địa bàn tiếp nhận 01 dự án, khoản viện trợ phi chính phủ nước ngoài với tổng trị giá cam kết 42.000 USD, đã tiếp nhận 30.000 USD, cụ thể:",
    );
  });

  it("ends the section with the reference to the aid appendix when there is one", () => {
    const lines = describeAreaFacts("ngo-aid", facts, ctx, { section: "(Chi tiết tại Phụ lục II kèm theo)" });
    expect(lines.at(-1)).toBe("(Chi tiết tại Phụ lục II kèm theo)");
  });
});

describe("FULL_REPORT: consular figures", () => {
  it("writes rises and falls against 2024 and a zero as 'không có'", () => {
    expect(describeAreaFacts("consular", factsOf(areas.consular), ctx)).toEqual([
      "Trong quý I năm 2025, có 36 lượt người nước ngoài đến địa phương (tăng 12,5% so với cùng kỳ năm 2024); không có trường hợp công dân xuất cảnh trái phép; có 03 trường hợp công dân được nhận trở về (giảm 40% so với cùng kỳ năm 2024).",
    ]);
  });
});

describe("money at the stated precision", () => {
  it("writes the short form only when it says the same figure", () => {
    expect(describeAmount({ amount: 1_050_000_000, currency: "VND" })).toBe("1,05 tỷ đồng");
    expect(describeAmount({ amount: 1_050_000_000, currency: "VND", qualifier: "about" })).toBe(
      "khoảng 1,05 tỷ đồng",
    );
    expect(describeAmount({ amount: 36_000_000, currency: "VND" })).toBe("36 triệu đồng");
    expect(describeAmount({ amount: 12_125_000, currency: "VND" })).toBe("12,125 triệu đồng");
    expect(describeAmount({ amount: 1_234_567_890, currency: "VND" })).toBe("1.234.567.890 đồng");
    expect(describeAmount({ amount: 12_069_992, currency: "USD" })).toBe("12.069.992 USD");
    expect(describeAmount({ amount: 999_960_000, currency: "VND" })).toBe("999,96 triệu đồng");
    expect(describeAmount({ amount: 42_000, currency: "USD" })).toBe("42.000 USD");
    expect(describeAmount({ amount: 2e12, currency: "VND" })).toBe("2 nghìn tỷ đồng");
  });

  it("writes each amount of a sum and its equivalent at its own precision", () => {
    expect(
      describeMoney({
        amount: 12_069_992,
        currency: "USD",
        equivalent: { amount: 3e11, currency: "VND", qualifier: "about" },
      }),
    ).toBe("12.069.992 USD (tương đương khoảng 300 tỷ đồng)");
  });
});

describe("names with their country", () => {
  it("adds the country in brackets, inside the name's own bracket, or not at all when already named", () => {
    expect(withCountry("Tổ chức Good Neighbors", "Hàn Quốc")).toBe("Tổ chức Good Neighbors (Hàn Quốc)");
    expect(withCountry("Tổ chức Tầm nhìn Thế giới (World Vision)", "Hoa Kỳ")).toBe(
      "Tổ chức Tầm nhìn Thế giới (World Vision, Hoa Kỳ)",
    );
    expect(withCountry("Quỹ ABC (Hoa Kỳ)", "Hoa Kỳ")).toBe("Quỹ ABC (Hoa Kỳ)");
    // A country with a bracket of its own is not nested inside another.
    expect(withCountry("Quỹ Từ thiện Tzu Chi (Từ Tế)", "Đài Loan (Trung Quốc)")).toBe(
      "Quỹ Từ thiện Tzu Chi (Từ Tế) – Đài Loan (Trung Quốc)",
    );
    expect(withCountry("Quỹ ABC", undefined)).toBe("Quỹ ABC");
  });
});

describe("comparisons with the same period of the previous year", () => {
  it("says 'khoảng' before a change computed from an approximate figure", () => {
    expect(countComparison({ value: 12000, qualifier: "about" }, { value: 9600 }, 2024)).toBe(
      "tăng khoảng 25% so với cùng kỳ năm 2024",
    );
    expect(countComparison({ value: 36 }, { value: 32 }, 2024)).toBe("tăng 12,5% so với cùng kỳ năm 2024");
    expect(countComparison({ value: 5, qualifier: "over" }, { value: 0 }, 2024, "đoàn")).toBe(
      "tăng khoảng 05 đoàn so với cùng kỳ năm 2024",
    );
    expect(countComparison({ value: 87, qualifier: "about" }, { value: 87 }, 2025)).toBe(
      "không tăng, không giảm so với cùng kỳ năm 2025",
    );
  });

  it("writes exact figures as before", () => {
    const ind: Indicator = {
      key: "citizensReturned",
      count: { value: 3, unit: "trường hợp" },
      previous: { value: 5, unit: "trường hợp" },
    };
    expect(describeIndicators([ind], ctx)).toEqual([
      "Trong quý I năm 2025, có 03 trường hợp công dân được nhận trở về (giảm 40% so với cùng kỳ năm 2024).",
    ]);
  });
});
