/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  awardsGiven: { unit: "tập thể, cá nhân", vi: "được khen thưởng", en: "awards given" },
} as const satisfies AreaIndicators;
