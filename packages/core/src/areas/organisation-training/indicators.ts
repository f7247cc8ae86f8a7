/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  staffFullTime: {
    unit: "người",
    vi: "chuyên trách công tác đối ngoại",
    en: "full-time foreign-affairs staff",
  },
  staffPartTime: {
    unit: "người",
    vi: "kiêm nhiệm công tác đối ngoại",
    en: "part-time foreign-affairs staff",
  },
  trainingCourses: { unit: "lớp", vi: "đào tạo, bồi dưỡng", en: "training courses" },
  trainees: { unit: "lượt người", vi: "được đào tạo, bồi dưỡng", en: "trainees" },
} as const satisfies AreaIndicators;
