import { validate } from "@doingoai/core";
import { MINIMAL_REPORT } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { describeAid, describeAidProject } from "./aid";
import { describeIndicator, describeIndicatorFigure } from "./indicators";
import { describeComparison, describeMoneyFigure } from "./money";
import { sentenceContext } from "./phrase";

const h1y2021 = sentenceContext({ from: "2021-01-01", to: "2021-06-30" });

describe("stated comparisons", () => {
  it("keeps the percentage as written, decimals included, with no prior value", () => {
    expect(
      describeComparison({ percent: 7.15, wording: "signed", against: { kind: "same-period", year: 2020 } }),
    ).toBe("+7,15% so với cùng kỳ năm 2020");
    expect(describeComparison({ percent: 7.15 }, h1y2021)).toBe("tăng 7,15% so với cùng kỳ năm 2020");
    expect(describeComparison({ percent: 0.125 }, h1y2021)).toBe("tăng 0,125% so với cùng kỳ năm 2020");
    expect(describeComparison({ percent: -3.4, qualifier: "about" }, h1y2021)).toBe(
      "giảm khoảng 3,4% so với cùng kỳ năm 2020",
    );
  });

  it("keeps the trailing zeros the source writes (decimals), never dropping digits the value has", () => {
    expect(describeComparison({ percent: 7.1, decimals: 2 }, h1y2021)).toBe(
      "tăng 7,10% so với cùng kỳ năm 2020",
    );
    expect(describeComparison({ percent: -5, decimals: 1, wording: "signed" }, h1y2021)).toBe(
      "-5,0% so với cùng kỳ năm 2020",
    );
    expect(describeComparison({ percent: 7.15, decimals: 1 }, h1y2021)).toBe(
      "tăng 7,15% so với cùng kỳ năm 2020",
    );
    expect(
      describeComparison({
        percent: 120,
        percentTo: 130.5,
        decimals: 1,
        against: { kind: "year", year: 2018 },
      }),
    ).toBe("tăng 120,0% - 130,5% so với năm 2018");
  });

  it("writes a range against a base year, a ratio and another period", () => {
    expect(describeComparison({ percent: 120, percentTo: 130, against: { kind: "year", year: 2018 } })).toBe(
      "tăng 120% - 130% so với năm 2018",
    );
    expect(describeComparison({ percent: 105, wording: "ratio" }, h1y2021)).toBe(
      "bằng 105% so với cùng kỳ năm 2020",
    );
    expect(
      describeComparison({
        percent: 12,
        against: { kind: "period", period: { from: "2019-01-01", to: "2019-06-30" } },
      }),
    ).toBe("tăng 12% so với 6 tháng đầu năm 2019");
    expect(describeComparison({ percent: -5, percentTo: 3 })).toBe("-5% - +3% so với cùng kỳ");
  });

  it("is written in place of the comparison computed from the previous count", () => {
    const ind = {
      label: "lượt khách quốc tế",
      count: { value: 1200 },
      previous: { value: 1000 },
      change: { percent: 19.95 },
    };
    expect(describeIndicator(ind, h1y2021)).toBe(
      "Trong 6 tháng đầu năm 2021, có 1.200 lượt khách quốc tế (tăng 19,95% so với cùng kỳ năm 2020).",
    );
  });

  it("writes a count of another period in a sentence of its own, opening with that period", () => {
    const ind = {
      label: "đoàn vào",
      count: { value: 87, unit: "đoàn" },
      period: { from: "2016-01-01", to: "2016-12-31" },
    };
    expect(describeIndicator(ind, h1y2021)).toBe("Trong năm 2016, có 87 đoàn vào.");
    expect(describeIndicatorFigure(ind, h1y2021)).toBe("năm 2016: 87 đoàn vào");
  });
});

describe("money figures", () => {
  it("writes the turnover with its stated change and its parts", () => {
    expect(
      describeMoneyFigure(
        {
          amount: 120e6,
          currency: "USD",
          change: { percent: 7.15, wording: "signed" },
          parts: [
            { label: "xuất khẩu", amount: 70e6, currency: "USD", change: { percent: 5 } },
            { label: "nhập khẩu", amount: 50e6, currency: "USD" },
          ],
        },
        "kim ngạch xuất nhập khẩu",
        h1y2021,
      ),
    ).toBe(
      "Trong 6 tháng đầu năm 2021, kim ngạch xuất nhập khẩu đạt 120 triệu USD (+7,15% so với cùng kỳ năm 2020), trong đó: xuất khẩu 70 triệu USD (tăng 5% so với cùng kỳ năm 2020); nhập khẩu 50 triệu USD.",
    );
  });

  it("writes an amount of another period with its own period and status", () => {
    expect(
      describeMoneyFigure(
        {
          amount: 80e6,
          currency: "USD",
          qualifier: "more-than",
          status: "mobilised",
          period: { from: "2016-01-01", to: "2016-12-31" },
        },
        "giá trị viện trợ phi chính phủ nước ngoài",
        h1y2021,
      ),
    ).toBe("Trong năm 2016, giá trị viện trợ phi chính phủ nước ngoài vận động đạt hơn 80 triệu USD.");
  });
});

describe("aid status: a committed amount never reads as received", () => {
  const committedOnly = {
    donor: "Tổ chức A",
    title: "Nước sạch",
    committed: { amount: 30000, currency: "USD" },
  };

  it("names a committed-only row and total as committed", () => {
    expect(describeAidProject(committedOnly)).toBe(
      "- Dự án “Nước sạch” do Tổ chức A tài trợ, trị giá cam kết 30.000 USD.",
    );
    const lines = describeAid(
      { projects: [committedOnly], totals: { committed: { amount: 30000, currency: "USD" } } },
      h1y2021,
    );
    for (const line of lines) expect(line).not.toMatch(/tiếp nhận|^.*trị giá \d/);
    expect(lines[0]).toBe(
      "Trong 6 tháng đầu năm 2021, trên địa bàn có 01 dự án, khoản viện trợ phi chính phủ nước ngoài với tổng trị giá cam kết 30.000 USD, cụ thể:",
    );
  });

  it("writes a committed-only total without rows as committed", () => {
    const [line] = describeAid({ totals: { committed: { amount: 1.2e6, currency: "USD" } } }, h1y2021);
    expect(line).toBe(
      "Trong 6 tháng đầu năm 2021, trên địa bàn có các dự án, khoản viện trợ phi chính phủ nước ngoài với tổng trị giá cam kết 1,2 triệu USD.",
    );
    expect(line).not.toContain("tiếp nhận");
  });

  it("gives received and disbursed amounts their own verbs", () => {
    const row = describeAidProject({
      ...committedOnly,
      received: { amount: 20000, currency: "USD" },
      disbursed: { amount: 15000, currency: "USD" },
    });
    expect(row).toContain("trị giá cam kết 30.000 USD, đã tiếp nhận 20.000 USD, đã giải ngân 15.000 USD");
  });

  it("names non-project and emergency aid, and aid in kind", () => {
    expect(
      describeAidProject({ donor: "Hội Chữ thập đỏ X", title: "Hỗ trợ sau bão", kind: "non-project" }),
    ).toBe("- Khoản viện trợ phi dự án “Hỗ trợ sau bão” do Hội Chữ thập đỏ X tài trợ.");
    const [lead] = describeAid(
      {
        totals: {
          count: { value: 15, unit: "khoản" },
          projects: { value: 10 },
          nonProject: { value: 5 },
          received: { amount: 3e9, currency: "VND" },
          inKind: { amount: 5e8, currency: "VND" },
        },
      },
      h1y2021,
    );
    expect(lead).toBe(
      "Trong 6 tháng đầu năm 2021, trên địa bàn tiếp nhận 15 khoản viện trợ phi chính phủ nước ngoài (gồm 10 dự án và 05 khoản viện trợ phi dự án) với tổng trị giá đã tiếp nhận 3 tỷ đồng (bao gồm viện trợ bằng hiện vật trị giá 500 triệu đồng).",
    );
  });
});

describe("a partial list never reads as the total", () => {
  const rows = [
    { donor: "Tổ chức A", title: "Nước sạch", received: { amount: 30000, currency: "USD" } },
    { donor: "Tổ chức B", title: "Trường học", received: { amount: 20000, currency: "USD" } },
  ];

  it("writes the stated total and introduces the rows as notable ones", () => {
    const lines = describeAid({ projects: rows, totals: { count: { value: 15, unit: "khoản" } } }, h1y2021);
    expect(lines[0]).toBe(
      // "có": what the other rows are (committed, received) is not stated.
      "Trong 6 tháng đầu năm 2021, trên địa bàn có 15 khoản viện trợ phi chính phủ nước ngoài, trong đó tiêu biểu:",
    );
    // The rows' count (02) and their sum (50.000 USD) are not the total.
    expect(lines.join("\n")).not.toMatch(/02 dự án|50\.000 USD|cụ thể/);
  });

  it("does not number a list marked notable when no total is stated", () => {
    const [lead] = describeAid({ projects: rows, listing: "notable" }, h1y2021);
    expect(lead).toBe(
      "Trong 6 tháng đầu năm 2021, trên địa bàn có các dự án, khoản viện trợ phi chính phủ nước ngoài, trong đó tiêu biểu:",
    );
  });

  it("still counts and sums a complete list", () => {
    const [lead] = describeAid({ projects: rows }, h1y2021);
    expect(lead).toBe(
      "Trong 6 tháng đầu năm 2021, trên địa bàn tiếp nhận 02 dự án, khoản viện trợ phi chính phủ nước ngoài với tổng trị giá đã tiếp nhận 50.000 USD, cụ thể:",
    );
  });
});

describe("rules", () => {
  const withAid = (facts: unknown) => {
    const doc = structuredClone(MINIMAL_REPORT) as unknown as { body: { areas: Record<string, unknown> } };
    doc.body.areas["ngo-aid"] = { answer: "content", facts };
    return validate(doc);
  };
  const codes = (r: ReturnType<typeof validate>) => (r.ok ? [] : r.issues.map((i) => i.code));

  it("rejects parts that add up to more than an exact whole, and accepts those within it", () => {
    const figure = (second: number) => ({
      cumulative: [
        {
          amount: 100,
          currency: "USD",
          parts: [
            { label: "dự án", amount: 80, currency: "USD" },
            { label: "phi dự án", amount: second, currency: "USD" },
          ],
        },
      ],
    });
    expect(codes(withAid(figure(30)))).toContain("money.parts-exceed");
    expect(codes(withAid(figure(20)))).not.toContain("money.parts-exceed");
  });

  it("asks for the year or the period the base of a comparison needs, and no other", () => {
    const withBase = (against: unknown) =>
      codes(
        withAid({
          indicators: [{ key: "aidProjects", count: { value: 3 }, change: { percent: 5, against } }],
        }),
      );
    expect(withBase({ kind: "year" })).toContain("comparison.base");
    expect(withBase({ kind: "period" })).toContain("comparison.base");
    expect(
      withBase({ kind: "year", year: 2018, period: { from: "2016-01-01", to: "2016-12-31" } }),
    ).toContain("comparison.base");
    expect(withBase({ kind: "year", year: 2018 })).not.toContain("comparison.base");
    expect(withBase({ kind: "same-period" })).not.toContain("comparison.base");
  });

  it("rejects more rows than an exact stated total", () => {
    const rows = [
      { donor: "A", title: "X" },
      { donor: "B", title: "Y" },
    ];
    expect(codes(withAid({ projects: rows, totals: { count: { value: 1 } } }))).toContain(
      "aid.rows-exceed-total",
    );
    expect(codes(withAid({ projects: rows, totals: { count: { value: 15 } } }))).not.toContain(
      "aid.rows-exceed-total",
    );
  });
});
