/**
 * A worked example of the area's facts (constructed): figures, a visit of foreign reporters, an
 * event with its press coverage. Used by the constructed fixture `AREAS_REPORT`, the render
 * coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"external-information"> = {
  indicators: [
    { key: "articles", count: { value: 36, unit: "tin, bài" }, previous: { value: 30, unit: "tin, bài" } },
  ],
  reporterVisits: [
    {
      agency: "Đài KBS",
      country: "Hàn Quốc",
      groups: { value: 1, unit: "đoàn" },
      reporters: { value: 4, unit: "phóng viên" },
      content: "ghi hình phóng sự về du lịch tâm linh",
      from: "2026-05-05",
      to: "2026-05-07",
    },
  ],
  events: [
    {
      title: "Lễ hội Xuân chợ phiên biên giới",
      place: "Thị trấn Thất Khê",
      from: "2026-03-27",
      to: "2026-03-27",
      indicators: [{ key: "pressAgencies", count: { value: 6, unit: "cơ quan báo chí" } }],
    },
  ],
};
