/**
 * A worked example of the area's facts (file 004's manner, and constructed): figures with the
 * labour markets, an FDI project, the import–export turnover. Used by the constructed fixture
 * `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"economic-diplomacy"> = {
  indicators: [
    {
      key: "foreignTourists",
      count: { value: 1000, qualifier: "about", unit: "lượt khách" },
      note: "chủ yếu đến thăm quan và đi về trong ngày",
    },
    { key: "labourAbroad", count: { value: 3, unit: "lao động" } },
  ],
  labourMarkets: ["Hàn Quốc", "Đài Loan (Trung Quốc)"],
  projects: [
    {
      kind: "FDI",
      title: "Nhà máy may xuất khẩu",
      investor: "Công ty TNHH May mặc Hanam",
      country: "Hàn Quốc",
      capital: { amount: 12000000, currency: "USD" },
      status: "đang xây dựng",
    },
  ],
  exportImport: { amount: 12069992, currency: "USD" },
  events: [
    {
      title: "Hội nghị xúc tiến đầu tư vào khu kinh tế cửa khẩu",
      from: "2026-05-15",
      to: "2026-05-15",
      place: "Thành phố Lạng Sơn",
      partners: ["Hiệp hội Doanh nghiệp Hàn Quốc"],
    },
  ],
};
