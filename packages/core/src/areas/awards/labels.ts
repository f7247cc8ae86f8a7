/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Khen thưởng",
  short: "Khen thưởng",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Awards",
  short: "Awards",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
