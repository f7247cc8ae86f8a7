/**
 * A worked example of the area's facts (constructed): an aid project committed and partly
 * received, with aid in kind. Used by the constructed fixture `AREAS_REPORT`, the render coverage
 * test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"ngo-aid"> = {
  projects: [
    {
      donor: "Tổ chức Tầm nhìn Thế giới (World Vision)",
      donorCountry: "Hoa Kỳ",
      title: "Nước sạch cho điểm trường",
      field: "Nước sạch, vệ sinh",
      committed: {
        amount: 42000,
        currency: "USD",
        equivalent: { amount: 1050000000, currency: "VND", qualifier: "about" },
        rateDate: "2026-02-01",
      },
      received: { amount: 30000, currency: "USD" },
      inKind: [
        { description: "02 bồn chứa nước inox 5 m³", estimatedValue: { amount: 36000000, currency: "VND" } },
      ],
      beneficiaries: { value: 150, qualifier: "over", unit: "học sinh" },
      from: "2026-03-01",
      to: "2026-06-30",
    },
  ],
};
