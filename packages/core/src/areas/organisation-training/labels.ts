/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Kiện toàn bộ máy, đào tạo, bồi dưỡng, thanh tra đối ngoại",
  short: "Kiện toàn bộ máy, đào tạo, bồi dưỡng",
  fields: {
    trainings: "Lớp đào tạo, bồi dưỡng",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "Organisation, training and inspection",
  short: "Organisation, training, inspection",
  fields: {
    trainings: "Training courses",
  },
} as const satisfies AreaLabels<typeof vi>;
