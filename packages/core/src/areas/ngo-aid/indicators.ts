/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  aidProjects: { unit: "dự án", vi: "viện trợ phi chính phủ nước ngoài", en: "foreign NGO aid projects" },
} as const satisfies AreaIndicators;
