/**
 * A worked example of the area's facts (constructed): a memorandum being carried out. Used by
 * the constructed fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"international-agreements"> = {
  partnersByLevel: [{ level: "province", names: ["Quảng Tây"], country: "Trung Quốc" }],
  agreements: [
    {
      title: "Biên bản ghi nhớ hợp tác giao lưu văn hóa, du lịch",
      kind: "memorandum",
      partner: "Chính quyền nhân dân trấn Thạc Long",
      partnerCountry: "Trung Quốc",
      signedOn: "2026-03-15",
      signer: "Chủ tịch UBND xã",
      status: "implementing",
      statusNote: "Đã tổ chức 01 đợt giao lưu văn nghệ",
    },
  ],
};
