/**
 * A worked example of the area's facts (constructed): a provincial award with its decision.
 * Used by the constructed fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"awards"> = {
  awards: [
    {
      recipient: "Ông Park Min-jun",
      award: "Bằng khen của Chủ tịch UBND tỉnh",
      level: "province",
      decision: { kind: "Quyết định", code: "512/QĐ-UBND", date: "2026-04-20", issuer: "Chủ tịch UBND tỉnh" },
    },
  ],
};
