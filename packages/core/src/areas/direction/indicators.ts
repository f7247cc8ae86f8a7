/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  documentsIssued: { unit: "văn bản", vi: "văn bản chỉ đạo được ban hành", en: "directing documents issued" },
  leadersAssigned: {
    unit: "lãnh đạo",
    vi: "phụ trách công tác đối ngoại",
    en: "leaders in charge of foreign affairs",
  },
} as const satisfies AreaIndicators;
