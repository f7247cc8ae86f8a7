/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  twinnings: { unit: "quan hệ", vi: "kết nghĩa, hữu nghị", en: "twinning relations" },
} as const satisfies AreaIndicators;
