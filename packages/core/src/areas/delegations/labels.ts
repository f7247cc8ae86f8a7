/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Tổ chức và quản lý đoàn ra, đoàn vào",
  short: "Đoàn ra, đoàn vào",
  fields: {
    previousTotals: "Tổng số cùng kỳ năm trước",
    exchanged: {
      label: "Trao đổi đoàn hai chiều",
      hint: "Khi văn bản nêu chung đoàn ra và đoàn vào: «trao đổi 87 đoàn với 640 lượt người»",
    },
    previousYear: "Năm so sánh",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "Outbound and inbound delegations",
  short: "Delegations",
  fields: {
    previousTotals: "Totals of the same period last year",
    exchanged: {
      label: "Delegations exchanged both ways",
      hint: "When the document gives outbound and inbound together: “87 delegations exchanged, 640 person-trips”",
    },
    previousYear: "Year compared with",
  },
} as const satisfies AreaLabels<typeof vi>;
