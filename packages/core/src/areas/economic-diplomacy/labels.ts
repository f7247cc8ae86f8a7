/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Ngoại giao kinh tế",
  short: "Ngoại giao kinh tế",
  fields: {
    labourMarkets: "Thị trường lao động",
    exportImport: "Kim ngạch xuất nhập khẩu",
  },
} as const satisfies AreaLabels;

export const en = {
  title: "Economic diplomacy",
  short: "Economic diplomacy",
  fields: {
    labourMarkets: "Labour markets",
    exportImport: "Import-export turnover",
  },
} as const satisfies AreaLabels<typeof vi>;
