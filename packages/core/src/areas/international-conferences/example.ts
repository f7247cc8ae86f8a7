/**
 * A worked example of the area's facts (constructed): an international workshop with its
 * approval. Used by the constructed fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"international-conferences"> = {
  conferences: [
    {
      title: "Hội thảo quốc tế về phát triển du lịch cộng đồng",
      from: "2026-04-10",
      to: "2026-04-11",
      place: "Nhà văn hóa xã",
      organiser: "UBND xã",
      partners: ["Tổ chức Hợp tác quốc tế Nhật Bản (JICA)"],
      participants: { value: 120, unit: "đại biểu" },
      foreignParticipants: { value: 15, unit: "đại biểu nước ngoài" },
      approval: { kind: "Văn bản", code: "215/UBND-NgV", date: "2026-03-02", issuer: "UBND tỉnh" },
      result: "Thống nhất 05 mô hình du lịch cộng đồng thí điểm",
    },
  ],
};
