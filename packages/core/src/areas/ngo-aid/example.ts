/**
 * A worked example of the area's facts: a stated total of 15 items beside two notable rows (the
 * rows are not the total), project and non-project aid, committed, received and disbursed
 * amounts each with its own words, aid in kind, a committed-only row, an amount of another
 * period ("giai đoạn 2016 - 2020: hơn 80 triệu USD").
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"ngo-aid"> = {
  totals: {
    count: { value: 15, unit: "khoản" },
    projects: { value: 10 },
    nonProject: { value: 5 },
    committed: { amount: 1_850_000, currency: "USD" },
    received: { amount: 1_200_000, currency: "USD" },
    disbursed: { amount: 950_000, currency: "USD" },
    inKind: { amount: 150_000, currency: "USD" },
  },
  // `listing` is left to its default: "notable", since the stated 15 items outnumber the rows.
  projects: [
    {
      donor: "Tổ chức Tầm nhìn Thế giới (World Vision)",
      donorCountry: "Hoa Kỳ",
      title: "Phát triển vùng huyện Văn Yên",
      kind: "project",
      field: "Giáo dục, y tế",
      committed: { amount: 420_000, currency: "USD" },
      received: { amount: 300_000, currency: "USD" },
      disbursed: { amount: 280_000, currency: "USD" },
      beneficiaries: { value: 3000, qualifier: "over", unit: "trẻ em" },
    },
    {
      donor: "Hội Chữ thập đỏ Nhật Bản",
      donorCountry: "Nhật Bản",
      title: "Hỗ trợ người dân bị ảnh hưởng bởi bão số 3",
      kind: "non-project",
      inKind: [
        {
          description: "500 suất quà gồm gạo, nhu yếu phẩm",
          estimatedValue: { amount: 250_000_000, currency: "VND" },
        },
      ],
    },
    {
      donor: "Tổ chức Good Neighbors",
      donorCountry: "Hàn Quốc",
      title: "Nước sạch cho điểm trường",
      kind: "project",
      committed: { amount: 60_000, currency: "USD" },
    },
  ],
  cumulative: [
    {
      amount: 80_000_000,
      currency: "USD",
      qualifier: "more-than",
      status: "mobilised",
      period: { from: "2016-01-01", to: "2020-12-31" },
    },
  ],
};
