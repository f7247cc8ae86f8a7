/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Đối ngoại nhân dân",
  short: "Đối ngoại nhân dân",
  fields: {
    partnerships: "Quan hệ kết nghĩa, hữu nghị",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "People-to-people diplomacy",
  short: "People-to-people diplomacy",
  fields: {
    partnerships: "Twinning and friendship relations",
  },
} as const satisfies AreaLabels<typeof vi>;
