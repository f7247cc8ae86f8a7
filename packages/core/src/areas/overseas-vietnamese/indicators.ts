/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  overseasVisits: { unit: "lượt", vi: "kiều bào về thăm quê hương", en: "visits by overseas Vietnamese" },
  overseasProjects: {
    unit: "dự án",
    vi: "do kiều bào đầu tư, tài trợ",
    en: "projects by overseas Vietnamese",
  },
  overseasResidents: {
    unit: "người",
    vi: "kiều bào đang sinh sống, đầu tư, kinh doanh tại địa phương",
    en: "overseas Vietnamese in the locality",
  },
  overseasEvents: {
    unit: "hoạt động",
    vi: "dành cho kiều bào được tổ chức",
    en: "events for overseas Vietnamese",
  },
} as const satisfies AreaIndicators;
