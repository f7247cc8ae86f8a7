/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài",
  short: "Viện trợ phi chính phủ nước ngoài",
  fields: {
    disbursed: "Giá trị đã giải ngân",
    nonProject: "Số khoản viện trợ phi dự án",
    listing: {
      label: "Danh sách dự án, khoản viện trợ",
      hint: "Toàn bộ, hay chỉ một số dự án, khoản tiêu biểu trong tổng số đã nêu",
    },
    cumulative: {
      label: "Giá trị viện trợ của giai đoạn khác",
      hint: "Ví dụ: giai đoạn 2016 - 2020, vận động được hơn 80 triệu USD",
    },
  },
  rows: { cumulative: "số liệu thứ {n}" },
} as const satisfies AreaLabels;

export const en = {
  title: "Foreign non-governmental aid",
  short: "Foreign NGO aid",
  fields: {
    disbursed: "Disbursed value",
    nonProject: "Non-project aid items",
    listing: {
      label: "List of projects and items",
      hint: "All of them, or only a few notable ones among the stated total",
    },
    cumulative: {
      label: "Aid of other periods",
      hint: "For example: 2016 - 2020, more than 80 million USD mobilised",
    },
  },
  rows: { cumulative: "figure {n}" },
} as const satisfies AreaLabels<typeof vi>;
