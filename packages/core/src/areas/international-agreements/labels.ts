/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Ký kết và thực hiện thỏa thuận quốc tế",
  short: "Thỏa thuận quốc tế",
  fields: {
    agreements: "Thỏa thuận quốc tế",
  },
  rows: {
    agreements: "thỏa thuận thứ {n}",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "International agreements",
  short: "International agreements",
  fields: {
    agreements: "International agreements",
  },
  rows: {
    agreements: "agreement {n}",
  },
} as const satisfies AreaLabels<typeof vi>;
