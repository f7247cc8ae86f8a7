/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Ngoại giao văn hóa",
  short: "Ngoại giao văn hóa",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Cultural diplomacy",
  short: "Cultural diplomacy",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
