/**
 * A worked example of the area's facts (file 000's manner): a text issued, a text implemented, a
 * figure. Used by the constructed fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"direction"> = {
  issued: [
    {
      kind: "Kế hoạch",
      code: "12/KH-UBND",
      date: "2026-01-15",
      issuer: "UBND xã",
      title: "về công tác đối ngoại năm 2026",
    },
  ],
  citations: [
    {
      kind: "Kết luận",
      code: "57-KL/TW",
      date: "2023-06-15",
      issuer: "Bộ Chính trị",
      title: "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
    },
  ],
  indicators: [{ key: "leadersAssigned", count: { value: 1, unit: "lãnh đạo" } }],
};
