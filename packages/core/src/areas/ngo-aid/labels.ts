/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài",
  short: "Viện trợ phi chính phủ nước ngoài",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Foreign non-governmental aid",
  short: "Foreign NGO aid",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
