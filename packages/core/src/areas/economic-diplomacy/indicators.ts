/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  fdiProjects: { unit: "dự án", vi: "dự án FDI", en: "FDI projects" },
  odaProjects: { unit: "dự án", vi: "dự án ODA", en: "ODA projects" },
  labourAbroad: {
    unit: "lao động",
    vi: "đi làm việc ở nước ngoài theo hợp đồng",
    en: "workers sent abroad under contract",
  },
  foreignTourists: { unit: "lượt khách", vi: "nước ngoài đến du lịch", en: "foreign tourist arrivals" },
  promotionEvents: { unit: "sự kiện", vi: "xúc tiến đầu tư, thương mại, du lịch", en: "promotion events" },
  exportImportActivities: {
    unit: "hoạt động",
    vi: "xuất nhập khẩu thuộc phạm vi quản lý",
    en: "import-export activities",
  },
} as const satisfies AreaIndicators;
