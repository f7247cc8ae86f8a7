/**
 * A worked example of the area's facts (constructed, file 000's manner): an indicator with its
 * parts, a festival dated in words. Used by the constructed fixture `AREAS_REPORT`, the render
 * coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"cultural-diplomacy"> = {
  indicators: [
    {
      key: "tourismSites",
      count: { value: 2, unit: "điểm" },
      note: "trên tuyến du lịch Công viên địa chất",
      breakdown: [
        { label: "Điểm tham quan “Rừng hồi Xứ Lạng”", count: { value: 1, unit: "điểm" } },
        { label: "Điểm tham quan “Bãi đá nhảy”", count: { value: 1, unit: "điểm" } },
      ],
    },
  ],
  events: [
    {
      title: "Lễ hội lồng tồng",
      place: "Thị trấn Thất Khê",
      dateText: "ngày Mùng 4 tháng Giêng",
      participants: { value: 40, qualifier: "over", unit: "khách nước ngoài" },
    },
  ],
};
