/**
 * Facts as real documents state them: delegations exchanged both ways as one figure, partners
 * counted by level and country, a place attached to a delegation or a figure.
 */
import type { Partner } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { sentenceContext } from "../sentences/phrase";
import { describePartners, partnerLines } from "./common";
import { delegationTable } from "./delegations";
import { describeAreaFacts } from "./index";

const ctx = sentenceContext({ from: "2026-01-01", to: "2026-06-30" });

describe("delegations exchanged both ways", () => {
  it("reads as one figure, not split into outbound and inbound", () => {
    const lines = describeAreaFacts(
      "delegations",
      {
        totals: {
          exchanged: {
            delegations: { value: 87, unit: "đoàn" },
            persons: { value: 640, unit: "lượt người" },
          },
        },
      },
      ctx,
    );
    expect(lines).toEqual(["Trong 6 tháng đầu năm 2026, trao đổi 87 đoàn với 640 lượt người."]);
  });

  it("is compared with the same figure of the previous year, each part named", () => {
    const [line] = describeAreaFacts(
      "delegations",
      {
        totals: {
          exchanged: { delegations: { value: 12, unit: "đoàn" }, persons: { value: 90, unit: "lượt người" } },
        },
        previousTotals: {
          exchanged: {
            delegations: { value: 10, unit: "đoàn" },
            persons: { value: 100, unit: "lượt người" },
          },
        },
      },
      ctx,
    );
    expect(line).toBe(
      "Trong 6 tháng đầu năm 2026, trao đổi 12 đoàn với 90 lượt người (số đoàn tăng 20%, số lượt người giảm 10% so với cùng kỳ năm 2025).",
    );
  });
});

describe("partners by level and country", () => {
  const lao: Partner[] = [
    {
      level: "province",
      names: ["Phông Sa Lỳ", "Luông Pha Bang", "U Đôm Xay"],
      country: "Lào",
      kind: "twinning",
    },
    { level: "district", count: { value: 12 }, country: "Lào", kind: "twinning" },
  ];

  it("counts each level, names its partners, and says the country once for its run", () => {
    expect(describePartners(lao)).toBe("03 tỉnh (Phông Sa Lỳ, Luông Pha Bang, U Đôm Xay), 12 huyện của Lào");
  });

  it("a stated count wins over the names, and its unit names the level as the document does", () => {
    expect(
      describePartners([
        { level: "commune", count: { value: 5, unit: "bản" }, names: ["Na Mo"], country: "Lào" },
      ]),
    ).toBe("05 bản của Lào (Na Mo)");
  });

  it("countries take no «của»; partners of no kind are a cooperation", () => {
    expect(partnerLines([{ level: "country", names: ["Lào", "Trung Quốc"] }])).toEqual([
      "Địa phương có quan hệ hợp tác với 02 quốc gia (Lào, Trung Quốc).",
    ]);
  });

  it("is written in people-to-people and international agreements alike", () => {
    const sentence =
      "Địa phương có quan hệ kết nghĩa với 03 tỉnh (Phông Sa Lỳ, Luông Pha Bang, U Đôm Xay), 12 huyện của Lào.";
    expect(describeAreaFacts("people-to-people", { partnersByLevel: lao }, ctx)).toEqual([sentence]);
    expect(describeAreaFacts("international-agreements", { partnersByLevel: lao }, ctx)).toEqual([sentence]);
  });

  it("is written in economic diplomacy, cultural diplomacy and foreign NGO aid too", () => {
    const partners: Partner[] = [
      { level: "province", names: ["Quảng Tây", "Vân Nam"], country: "Trung Quốc" },
      { level: "organisation", count: { value: 45, unit: "tổ chức phi chính phủ" } },
    ];
    const sentence =
      "Địa phương có quan hệ hợp tác với 02 tỉnh của Trung Quốc (Quảng Tây, Vân Nam); 45 tổ chức phi chính phủ.";
    for (const area of ["economic-diplomacy", "cultural-diplomacy", "ngo-aid"] as const)
      expect(describeAreaFacts(area, { partnersByLevel: partners }, ctx), area).toEqual([sentence]);
  });
});

describe("a place attached to a fact", () => {
  it("follows a figure: «qua» a border gate, «tại» by default", () => {
    const [via] = describeAreaFacts(
      "consular",
      {
        indicators: [
          {
            key: "foreignersArrived",
            count: { value: 1250, unit: "lượt" },
            place: { relation: "via", name: "cửa khẩu quốc tế Hữu Nghị" },
          },
        ],
      },
      ctx,
    );
    expect(via).toBe(
      "Trong 6 tháng đầu năm 2026, có 1.250 lượt người nước ngoài đến địa phương qua cửa khẩu quốc tế Hữu Nghị.",
    );
    const [at] = describeAreaFacts(
      "consular",
      {
        indicators: [
          { label: "lượt công dân được cấp hộ chiếu", count: { value: 40 }, place: { name: "Hà Nội" } },
        ],
      },
      ctx,
    );
    expect(at).toBe("Trong 6 tháng đầu năm 2026, có 40 lượt công dân được cấp hộ chiếu tại Hà Nội.");
  });

  it("follows a delegation's name in its line and stands in its appendix row", () => {
    const lines = describeAreaFacts(
      "delegations",
      {
        delegations: [
          {
            direction: "outbound",
            name: "Đoàn công tác của UBND tỉnh",
            countries: ["Trung Quốc"],
            place: { relation: "via", name: "cửa khẩu quốc tế Hữu Nghị" },
          },
        ],
      },
      ctx,
    );
    expect(lines[1]).toBe("- Đoàn công tác của UBND tỉnh (Trung Quốc) qua cửa khẩu quốc tế Hữu Nghị.");
    const row = delegationTable(
      [{ direction: "outbound", name: "Đoàn", content: "Làm việc", place: { name: "Nam Ninh" } }],
      "outbound",
      14_000,
    ).rows[0];
    expect(row?.[4]).toBe("Làm việc. Tại Nam Ninh");
  });
});
