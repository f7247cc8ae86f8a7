/**
 * A worked example of the area's facts, as a report of 6 months states them: a turnover with the
 * change the source gives ("+7,15% so với cùng kỳ năm 2020", kept to its decimals) and its parts
 * (export + import), a range against a base year, a cumulative amount of another period, a count
 * with a stated comparison, an investment project.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"economic-diplomacy"> = {
  indicators: [
    {
      key: "foreignTourists",
      count: { value: 12500, qualifier: "about", unit: "lượt khách" },
      change: { percent: 120, percentTo: 130, against: { kind: "year", year: 2018 } },
    },
    {
      key: "fdiProjects",
      count: { value: 45, unit: "dự án" },
      period: { from: "2016-01-01", to: "2020-12-31" },
    },
  ],
  exportImport: {
    amount: 356_400_000,
    currency: "USD",
    change: { percent: 7.15, wording: "signed", against: { kind: "same-period", year: 2020 } },
    parts: [
      { label: "xuất khẩu", amount: 201_300_000, currency: "USD", change: { percent: 9.2, decimals: 2 } },
      { label: "nhập khẩu", amount: 155_100_000, currency: "USD", change: { percent: -1.35 } },
    ],
  },
  figures: [
    {
      label: "vốn đầu tư trực tiếp nước ngoài đăng ký",
      amount: 80_000_000,
      currency: "USD",
      qualifier: "more-than",
      period: { from: "2016-01-01", to: "2020-12-31" },
    },
    {
      label: "vốn ODA",
      amount: 12_500_000,
      currency: "USD",
      status: "disbursed",
      change: { percent: 105, wording: "ratio" },
    },
  ],
  projects: [
    {
      kind: "FDI",
      title: "Nhà máy sản xuất linh kiện điện tử",
      investor: "Công ty TNHH Điện tử Sao Mai",
      country: "Hàn Quốc",
      capital: { amount: 25_000_000, currency: "USD" },
      status: "đang xây dựng",
    },
  ],
};
