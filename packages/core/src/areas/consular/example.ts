/**
 * A worked example of the area's facts (file 004's manner): figures, one compared with the same
 * period last year, one with its parts. Used by the constructed fixture `AREAS_REPORT`, the render
 * coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"consular"> = {
  indicators: [
    {
      key: "foreignersArrived",
      count: { value: 87, unit: "lượt" },
      previous: { value: 60, unit: "lượt" },
      place: { relation: "via", name: "cửa khẩu Bình Nghi" },
    },
    {
      key: "legalEntries",
      count: { value: 10, unit: "trường hợp" },
      breakdown: [
        { label: "nhập cảnh để thăm thân nhân", count: { value: 7, unit: "trường hợp" } },
        { label: "nhập cảnh để lao động", count: { value: 3, unit: "trường hợp" } },
      ],
    },
    { key: "citizensExitedIllegally", count: { value: 0, unit: "trường hợp" } },
  ],
  citations: [
    {
      kind: "Chỉ thị",
      code: "25/CT-TTg",
      date: "2014-08-06",
      issuer: "Thủ tướng Chính phủ",
      title: "về tăng cường công tác bảo hộ công dân",
    },
  ],
};
