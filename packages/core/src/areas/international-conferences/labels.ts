/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Tổ chức và quản lý hội nghị, hội thảo quốc tế",
  short: "Hội nghị, hội thảo quốc tế",
  fields: {
    conferences: "Hội nghị, hội thảo quốc tế",
  },
  rows: {
    conferences: "hội nghị thứ {n}",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "International conferences and workshops",
  short: "International conferences",
  fields: {
    conferences: "International conferences",
  },
  rows: {
    conferences: "conference {n}",
  },
} as const satisfies AreaLabels<typeof vi>;
