/**
 * A worked example of the area's facts (constructed, in the manner of the seeds): the delegations
 * exchanged both ways as one figure, an outbound delegation through a border gate and an inbound
 * one, the totals of the same period last year. Used by the constructed
 * fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"delegations"> = {
  delegations: [
    {
      direction: "outbound",
      name: "Đoàn công tác của UBND xã thăm, chúc Tết",
      countries: ["Trung Quốc"],
      headRank: "Chủ tịch UBND xã",
      content: "Thăm, chúc Tết Nguyên đán Chính quyền nhân dân trấn Thạc Long",
      partner: "Chính quyền nhân dân trấn Thạc Long",
      members: 5,
      days: 1,
      from: "2026-02-10",
      to: "2026-02-10",
      funding: "Ngân sách xã",
      decisions: [{ kind: "Quyết định", code: "35/QĐ-UBND", date: "2026-02-02", issuer: "UBND tỉnh" }],
      result: "Trao đổi kế hoạch giao lưu văn hóa năm 2026",
      place: { relation: "via", name: "cửa khẩu Bình Nghi" },
    },
    {
      direction: "inbound",
      name: "Đoàn Chính quyền nhân dân trấn Thạc Long",
      countries: ["Trung Quốc"],
      headRank: "Trấn trưởng",
      content: "Chúc mừng Tết Nguyên đán, trao đổi về quản lý chợ biên giới",
      host: "UBND xã",
      members: 8,
      from: "2026-02-20",
      to: "2026-02-21",
      cost: { amount: 6500000, currency: "VND" },
    },
  ],
  totals: {
    exchanged: {
      delegations: { value: 2, unit: "đoàn" },
      persons: { value: 13, unit: "lượt người" },
      days: { value: 3, unit: "ngày" },
    },
  },
  previousTotals: {
    outbound: { delegations: { value: 2, unit: "đoàn" }, persons: { value: 9, unit: "lượt người" } },
    exchanged: { delegations: { value: 3, unit: "đoàn" }, persons: { value: 15, unit: "lượt người" } },
  },
};
