/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Công tác chỉ đạo, điều hành",
  short: "Chỉ đạo, điều hành",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Direction and management",
  short: "Direction and management",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
