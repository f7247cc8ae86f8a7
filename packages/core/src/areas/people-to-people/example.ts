/**
 * A worked example of the area's facts (constructed): a twinning and a friendship association,
 * the partners counted by level and country, a friendship exchange. Used by the constructed fixture `AREAS_REPORT`, the render coverage test
 * and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"people-to-people"> = {
  partnerships: [
    {
      partner: "Trấn Thạc Long",
      country: "Trung Quốc",
      kind: "twinning",
      since: "2018-09-02",
      activity: "giao lưu văn nghệ, thể thao hằng năm",
    },
    {
      partner: "Hội Hữu nghị Việt Nam – Nhật Bản tỉnh",
      kind: "friendship-association",
      activity: "phối hợp tổ chức giao lưu văn hóa",
    },
  ],
  partnersByLevel: [
    {
      level: "commune",
      count: { value: 2, unit: "trấn" },
      names: ["Thạc Long", "Ái Điểm"],
      country: "Trung Quốc",
      kind: "twinning",
    },
    { level: "district", count: { value: 1, unit: "huyện" }, country: "Trung Quốc" },
  ],
  events: [
    {
      title: "Giao lưu hữu nghị thanh niên hai bên biên giới",
      from: "2026-03-26",
      to: "2026-03-26",
      place: "Cửa khẩu Bình Nghi",
      participants: { value: 200, qualifier: "about", unit: "đoàn viên, thanh niên" },
    },
  ],
};
