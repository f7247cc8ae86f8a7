/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  agreementsSigned: {
    unit: "thỏa thuận",
    vi: "thỏa thuận quốc tế được ký kết",
    en: "international agreements signed",
  },
} as const satisfies AreaIndicators;
