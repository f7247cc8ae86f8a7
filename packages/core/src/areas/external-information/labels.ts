/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Thông tin đối ngoại; quản lý phóng viên nước ngoài",
  short: "Thông tin đối ngoại",
  fields: {
    reporterVisits: "Phóng viên nước ngoài",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "External information; foreign reporters",
  short: "External information",
  fields: {
    reporterVisits: "Foreign reporters",
  },
} as const satisfies AreaLabels<typeof vi>;
