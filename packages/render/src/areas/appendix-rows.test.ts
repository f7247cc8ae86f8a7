/**
 * The appendix tables print the fields core says they print (`APPENDIX_ROWS`, which the
 * narrative-only warning reads): a field of a row changes the table exactly when it is listed.
 * A field added to a row's schema fails here until the list and the table agree.
 */
import { Agreement, AidProject, APPENDIX_ROWS, type Areas, Delegation, Event } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { tableOwner, typedAppendixTable } from "./index";
import type { TypedTable } from "./types";

const WIDTH = 14000;
const citation = { kind: "Quyết định", code: "12/QĐ-UBND", date: "2024-03-01", issuer: "UBND tỉnh" };

/** One row of each table with every field set, and the fields a row cannot be without. */
const FULL: Record<
  keyof typeof APPENDIX_ROWS,
  { spec: TypedTable; required: string[]; row: Record<string, unknown> }
> = {
  delegations: {
    spec: { type: "delegations", direction: "outbound" },
    required: ["direction", "name"],
    row: {
      direction: "outbound",
      name: "Đoàn công tác của tỉnh",
      countries: ["Lào"],
      headRank: "Phó Chủ tịch UBND tỉnh",
      content: "Làm việc với tỉnh Hủa Phăn",
      partner: "Chính quyền tỉnh Hủa Phăn",
      host: "Sở Ngoại vụ Hủa Phăn",
      members: 7,
      days: 4,
      from: "2024-03-04",
      to: "2024-03-07",
      funding: "Ngân sách tỉnh",
      cost: { amount: 150_000_000, currency: "VND" },
      decisions: [citation],
      result: "Ký biên bản ghi nhớ",
      place: { name: "Sầm Nưa" },
    },
  },
  "ngo-aid": {
    spec: { type: "ngo-aid" },
    required: ["donor", "title"],
    row: {
      donor: "Tổ chức Plan",
      donorCountry: "Anh",
      title: "Nước sạch cho trường học",
      kind: "non-project",
      field: "Nước sạch",
      committed: { amount: 500_000_000, currency: "VND" },
      received: { amount: 300_000_000, currency: "VND" },
      disbursed: { amount: 200_000_000, currency: "VND" },
      inKind: [{ description: "Bồn chứa nước" }],
      beneficiaries: { value: 1200, unit: "học sinh" },
      from: "2024-01-10",
      to: "2024-06-30",
      approval: citation,
    },
  },
  agreements: {
    spec: { type: "agreements" },
    required: ["title"],
    row: {
      title: "Hợp tác du lịch",
      kind: "memorandum",
      partner: "Sở Du lịch Quảng Tây",
      partnerCountry: "Trung Quốc",
      signedOn: "2024-05-08",
      signer: "Giám đốc Sở",
      status: "implementing",
      statusNote: "đã trao đổi đoàn",
    },
  },
  conferences: {
    spec: { type: "conferences" },
    required: ["title"],
    row: {
      title: "Hội thảo quốc tế về du lịch",
      from: "2024-04-10",
      to: "2024-04-11",
      dateText: "ngày Mùng 4 tháng Giêng",
      place: "Nhà văn hóa xã",
      where: { relation: "via", name: "cửa khẩu Tân Thanh" },
      organiser: "UBND xã",
      partners: ["Hội Hữu nghị"],
      participants: { value: 120, unit: "đại biểu" },
      foreignParticipants: { value: 15, unit: "đại biểu" },
      approval: citation,
      result: "Thống nhất chương trình hợp tác",
      indicators: [{ label: "bài viết", count: { value: 12, unit: "bài" } }],
    },
  },
};

const SCHEMAS = { delegations: Delegation, "ngo-aid": AidProject, agreements: Agreement, conferences: Event };

function tableText(type: keyof typeof APPENDIX_ROWS, row: Record<string, unknown>): string {
  const { area, list } = APPENDIX_ROWS[type];
  const areas = { [area]: { answer: "content", facts: { [list]: [row] } } } as unknown as Areas;
  return typedAppendixTable(areas, FULL[type].spec, WIDTH).rows.flat().join(" | ");
}

describe("APPENDIX_ROWS agrees with the appendix tables", () => {
  for (const type of Object.keys(APPENDIX_ROWS) as (keyof typeof APPENDIX_ROWS)[]) {
    it(`${type}: its area builds it, and a field changes the table exactly when it is listed`, () => {
      const source = APPENDIX_ROWS[type];
      expect(tableOwner(FULL[type].spec)?.area).toBe(source.area);
      const { row, required } = FULL[type];
      const keys = Object.keys(SCHEMAS[type].shape);
      // The sample sets every field of the row's schema (a new field must be added here).
      expect(Object.keys(row).sort()).toEqual([...keys].sort());
      const base = Object.fromEntries(required.map((k) => [k, row[k]]));
      const plain = tableText(type, base);
      const fields: readonly string[] = source.fields;
      for (const k of keys) {
        if (required.includes(k)) continue;
        const shown = tableText(type, { ...base, [k]: row[k] }) !== plain;
        expect(shown, `${type}.${k}`).toBe(fields.includes(k));
      }
    });
  }
});
