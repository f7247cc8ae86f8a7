/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 * The totals of delegations are computed from their rows; these are for documents without rows.
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  outboundDelegations: { unit: "đoàn", vi: "đoàn ra", en: "outbound delegations" },
  outboundPersons: { unit: "lượt người", vi: "đi nước ngoài", en: "person-trips abroad" },
  inboundDelegations: { unit: "đoàn", vi: "đoàn vào", en: "inbound delegations" },
  inboundPersons: {
    unit: "lượt người",
    vi: "người nước ngoài đến thăm, làm việc",
    en: "foreign visitors in delegations",
  },
} as const satisfies AreaIndicators;
