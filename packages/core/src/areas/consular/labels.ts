/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Lãnh sự và bảo hộ công dân",
  short: "Lãnh sự và bảo hộ công dân",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Consular affairs and citizen protection",
  short: "Consular affairs and citizen protection",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
