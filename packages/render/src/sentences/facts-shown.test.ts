/**
 * Facts the coverage test (test/facts-coverage.test.ts) found dropped, as they are now written:
 * an event's figures with their remarks, totals compared in persons and days, the facts of an
 * answer to a request in a notice, a plan's figures compared with the year before.
 */
import { EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { blockText } from "../layout/testing";
import type { Layout } from "../layout/types";
import { describeDelegationTotals, describeEvent } from "./index";

const layoutText = (layout: Layout) => layout.body.map(blockText).join("\n");

describe("facts once dropped", () => {
  it("writes an event's figure with its note, breakdown and comparison", () => {
    const line = describeEvent(
      {
        title: "Hội chợ thương mại biên giới",
        indicators: [
          {
            label: "lượt khách",
            count: { value: 1200 },
            previous: { value: 1000 },
            note: "chủ yếu khách Trung Quốc",
            breakdown: [{ label: "khách nước ngoài", count: { value: 300 } }],
          },
        ],
      },
      { previousYear: 2025 },
    );
    expect(line).toBe(
      "- Hội chợ thương mại biên giới; 1.200 lượt khách (chủ yếu khách Trung Quốc; trong đó: 300 khách nước ngoài; tăng 20% so với cùng kỳ năm 2025).",
    );
  });

  it("compares totals in delegations, persons and days when both years give them", () => {
    const sentence = describeDelegationTotals(
      "outbound",
      {
        delegations: { value: 4, unit: "đoàn" },
        persons: { value: 14, unit: "lượt người" },
        days: { value: 28, unit: "ngày" },
      },
      { periodLabel: "năm 2019", previousYear: 2018 },
      {
        previous: {
          delegations: { value: 1, unit: "đoàn" },
          persons: { value: 1, unit: "người" },
          days: { value: 7, unit: "ngày" },
        },
      },
    );
    expect(sentence).toBe(
      "Trong năm 2019, có 04 đoàn ra với tổng số 14 lượt người, 28 ngày (số đoàn tăng 300%, số lượt người tăng 1.300%, số ngày tăng 300% so với cùng kỳ năm 2018).",
    );
  });

  it("writes the facts of an answer to a request after its sentence", () => {
    const doc = structuredClone(EXAMPLES["thong-bao-ket-luan-2024-ubnd-tinh-lang-son"]);
    if (doc.kind !== "conclusion-notice") throw new Error("not a notice");
    const answer = doc.body.requestAnswers?.[0];
    if (answer === undefined) throw new Error("no request answer");
    answer.facts = { rankings: [{ label: "Chỉ số PCI", rank: 9, of: 63, year: 2024 }] };
    const lines = layoutText(buildLayout(doc)).split("\n");
    const at = lines.findIndex((l) => l.startsWith("4.1. Đối với kiến nghị bổ sung 01 biên chế"));
    expect(lines[at + 1]).toBe("Chỉ số PCI năm 2024 xếp thứ 9/63.");
  });

  it("compares a plan's figure with the year before the plan's period", () => {
    const doc = structuredClone(EXAMPLES["ke-hoach-2024-xa-binh-thanh"]);
    if (doc.kind !== "plan") throw new Error("not a plan");
    doc.body.content[0]!.narrative = undefined;
    doc.body.content[0]!.facts = {
      indicators: [{ label: "lượt khách du lịch", count: { value: 120 }, previous: { value: 100 } }],
    };
    expect(layoutText(buildLayout(doc))).toContain(
      "Có 120 lượt khách du lịch (tăng 20% so với cùng kỳ năm 2023).",
    );
  });
});
