/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Tổ chức và quản lý đoàn ra, đoàn vào",
  short: "Đoàn ra, đoàn vào",
  fields: {
    previousTotals: "Tổng số cùng kỳ năm trước",
    previousYear: "Năm so sánh",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "Outbound and inbound delegations",
  short: "Delegations",
  fields: {
    previousTotals: "Totals of the same period last year",
    previousYear: "Year compared with",
  },
} as const satisfies AreaLabels<typeof vi>;
