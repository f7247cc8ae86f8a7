/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Công tác đối với người Việt Nam ở nước ngoài",
  short: "Người Việt Nam ở nước ngoài",
  fields: {},
} as const satisfies AreaLabels;

export const en = {
  title: "Overseas Vietnamese",
  short: "Overseas Vietnamese",
  fields: {},
} as const satisfies AreaLabels<typeof vi>;
