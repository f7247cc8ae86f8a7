/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  conferencesHeld: {
    unit: "hội nghị, hội thảo",
    vi: "quốc tế được tổ chức",
    en: "international conferences held",
  },
} as const satisfies AreaIndicators;
