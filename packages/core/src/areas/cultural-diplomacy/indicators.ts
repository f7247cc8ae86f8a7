/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  festivals: { unit: "lễ hội", vi: "được quản lý, phát huy", en: "festivals maintained" },
  tourismSites: { unit: "điểm", vi: "tham quan được xây dựng hạ tầng", en: "visitor sites built" },
  promotionBroadcasts: { unit: "lượt", vi: "tuyên truyền trên hệ thống truyền thanh", en: "broadcasts" },
} as const satisfies AreaIndicators;
