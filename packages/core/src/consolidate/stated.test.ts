/**
 * What a unit states that cannot be summed — a stated comparison, money split into parts, a
 * figure of another period, a list of notable aid rows without a total, amounts of different
 * statuses — is neither dropped nor added wrongly: it stays with its unit in the record and in the
 * appendix "Tổng hợp theo đơn vị", and a warning names the unit and what was not summed.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is plain JavaScript (examples/consolidation/generate.mjs)
import { generateProvince, RECEIVER_FRAME } from "../../../../examples/consolidation/generate.mjs";
import { validate } from "../index";
import type { Appendix } from "../model/appendix";
import { consolidate } from "./consolidate";
import { NOT_SUMMED_HEADING } from "./present";
import type { ReportSubmission, Unit } from "./types";

interface Province {
  units: Unit[];
  request: { period: { from: string; to: string }; deadline: string; expected: string[] };
  submissions: ReportSubmission[];
}
const province = generateProvince() as Province;

/** Three departments' reports, with `change` applied to the facts of `area` of each. */
function reports(area: string, facts: Record<string, unknown>[]): ReportSubmission[] {
  return province.submissions.slice(0, facts.length).map((s, i) => {
    const copy = structuredClone(s);
    (copy.document.body.areas as Record<string, unknown>)[area] = { answer: "content", facts: facts[i] };
    return copy;
  });
}

const run = (subs: ReportSubmission[]) =>
  consolidate(subs, { units: province.units, request: province.request, frame: RECEIVER_FRAME });

type Table = { columns: string[]; rows: string[][] };
const tableOf = (appendices: Appendix[] | undefined, title: string): Table =>
  ((appendices ?? []).find((a) => a.title.includes(title))!.table as { table: Table }).table;

describe("export-import stated with a comparison and its parts", () => {
  const subs = reports("economic-diplomacy", [
    {
      exportImport: {
        amount: 120,
        currency: "USD",
        change: { percent: 7.15, against: { kind: "same-period", year: 2025 } },
        parts: [
          { label: "xuất khẩu", amount: 70, currency: "USD" },
          { label: "nhập khẩu", amount: 50, currency: "USD" },
        ],
      },
    },
    { exportImport: { amount: 30, currency: "USD", change: { percent: 120, percentTo: 130 } } },
    { exportImport: { amount: 10, currency: "USD" } },
  ]);
  const r = run(subs);
  const area = r.record.areas["economic-diplomacy"]!;

  it("sums the amounts, never the percentages nor the parts", () => {
    const facts = (r.document.body.areas["economic-diplomacy"] as { facts: Record<string, unknown> }).facts;
    expect(facts.exportImport).toEqual({ amount: 160, currency: "USD" });
    expect(validate(r.document).ok).toBe(true);
  });

  it("keeps each comparison and the parts with their unit, with the path in its report", () => {
    const kept = area.notSummed.map((e) => [e.unit, e.reason, e.path.join("."), e.text]);
    expect(kept).toEqual([
      [
        "so-ngoai-vu",
        "stated-comparison",
        "body.areas.economic-diplomacy.facts.exportImport.change",
        "tăng 7,15% so với cùng kỳ năm 2025",
      ],
      [
        "so-ngoai-vu",
        "money-parts",
        "body.areas.economic-diplomacy.facts.exportImport.parts",
        "trong đó: xuất khẩu 70 USD; nhập khẩu 50 USD",
      ],
      [
        "so-tai-chinh",
        "stated-comparison",
        "body.areas.economic-diplomacy.facts.exportImport.change",
        "tăng 120% - 130% so với cùng kỳ",
      ],
    ]);
  });

  it("writes them in the unit's row of the appendix, and warns naming the units", () => {
    const t = tableOf(r.document.appendices, "NGOẠI GIAO KINH TẾ");
    const col = t.columns.indexOf(NOT_SUMMED_HEADING);
    expect(col).toBeGreaterThan(1);
    const row = t.rows.find((x) => x[1] === "Sở Ngoại vụ")!;
    expect(row[col]).toContain("tăng 7,15% so với cùng kỳ năm 2025");
    expect(row[col]).toContain("trong đó: xuất khẩu 70 USD; nhập khẩu 50 USD");
    expect(t.rows.find((x) => x[1] === "Sở Tài chính")![col]).toContain("tăng 120% - 130%");
    const warnings = r.issues.filter((i) => i.code === "consolidate.not-summed");
    const comparison = warnings.find((i) => i.params?.reason === "stated-comparison")!;
    expect(comparison.severity).toBe("warning");
    expect(comparison.path).toEqual([
      "reports",
      0,
      "body",
      "areas",
      "economic-diplomacy",
      "facts",
      "exportImport",
      "change",
    ]);
    expect(comparison.message).toContain("Sở Ngoại vụ");
    expect(comparison.message).toContain("Sở Tài chính");
    const en = consolidate(subs, { units: province.units, request: province.request, lang: "en" });
    expect(en.issues.find((i) => i.params?.reason === "money-parts")?.message).toMatch(
      /the parts of an amount stated by Sở Ngoại vụ/,
    );
  });
});

describe("an indicator with a stated comparison, and one of another period", () => {
  const r = run(
    reports("consular", [
      {
        indicators: [
          { label: "Hộ chiếu cấp mới", count: { value: 10, unit: "cuốn" }, change: { percent: -3 } },
          {
            label: "Hộ chiếu cấp mới",
            count: { value: 500, unit: "cuốn" },
            period: { from: "2021-01-01", to: "2025-12-31" },
          },
        ],
      },
      { indicators: [{ label: "Hộ chiếu cấp mới", count: { value: 5, unit: "cuốn" } }] },
    ]),
  );

  it("sums the counts of the period only, keeps the comparison and the cumulative count per unit", () => {
    const area = r.record.areas.consular!;
    expect(area.counts.map((c) => c.value)).toEqual([15]);
    expect(area.notSummed.map((e) => [e.reason, e.value, e.unit])).toEqual([
      ["stated-comparison", -3, "so-ngoai-vu"],
      ["other-period", 500, "so-ngoai-vu"],
    ]);
    const t = tableOf(r.document.appendices, "LÃNH SỰ");
    const row = t.rows.find((x) => x[1] === "Sở Ngoại vụ")!;
    expect(row[t.columns.indexOf(NOT_SUMMED_HEADING)]).toMatch(
      /giảm 3%.*500 cuốn \(2021-01-01 – 2025-12-31\)/,
    );
  });
});

describe("aid: a list of notable rows is never summed as the total", () => {
  const row = (amount: number) => ({
    donor: "Tổ chức A",
    title: "Dự án nước sạch",
    committed: { amount, currency: "USD" },
  });
  const r = run(
    reports("ngo-aid", [
      // States its totals: its total counts, not its rows.
      { projects: [row(5)], totals: { committed: { amount: 100, currency: "USD" } } },
      // Lists all its aid (no stated number above the rows): its rows make its part.
      { projects: [row(7), row(3)] },
      // Lists 2 notable projects of 12 and states no amount: a lower bound, kept with the unit.
      { projects: [row(20), row(30)], listing: "notable", totals: { count: { value: 12 } } },
    ]),
  );

  it("adds stated totals and complete lists; the partial list makes the total a lower bound", () => {
    const facts = (r.document.body.areas["ngo-aid"] as { facts: { totals: Record<string, unknown> } }).facts;
    expect(facts.totals.committed).toEqual({ amount: 110, currency: "USD", qualifier: "more-than" });
    const partial = r.record.areas["ngo-aid"]!.notSummed.filter((e) => e.reason === "partial-list");
    expect(partial.map((e) => [e.unit, e.value])).toEqual([["so-cong-thuong", 50]]);
    expect(r.issues.find((i) => i.params?.reason === "partial-list")?.message).toContain("Sở Công Thương");
    expect(validate(r.document).ok).toBe(true);
  });
});

describe("money of one figure stated with different statuses", () => {
  const r = run(
    reports("economic-diplomacy", [
      { exportImport: { amount: 10, currency: "USD", status: "committed" } },
      { exportImport: { amount: 20, currency: "USD", status: "disbursed" } },
    ]),
  );

  it("is not added together: a warning, and the record keeps each status apart", () => {
    const answer = r.document.body.areas["economic-diplomacy"] as { facts?: Record<string, unknown> };
    expect(answer.facts?.exportImport).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain("consolidate.money-statuses");
    // Each unit's amount stays in the document: a column per status in the appendix per unit.
    const t = tableOf(r.document.appendices, "NGOẠI GIAO KINH TẾ");
    const committed = t.columns.findIndex((c) => c.includes("cam kết"));
    const disbursed = t.columns.findIndex((c) => c.includes("giải ngân"));
    expect(t.rows.find((x) => x[1] === "Sở Ngoại vụ")![committed]).toBe("10");
    expect(t.rows.find((x) => x[1] === "Sở Tài chính")![disbursed]).toBe("20");
    const money = r.record.areas["economic-diplomacy"]!.money.map((m) => [m.meaning, m.value]);
    expect(money).toEqual([
      ["economic-diplomacy/exportImport:committed", 10],
      ["economic-diplomacy/exportImport:disbursed", 20],
    ]);
  });
});

describe("named money figures", () => {
  const r = run(
    reports("economic-diplomacy", [
      {
        figures: [
          { label: "vốn FDI đăng ký mới", amount: 5, currency: "USD" },
          { label: "thực hiện và vận động", amount: 36, currency: "VND", qualifier: "nearly" },
        ],
      },
      { figures: [{ label: "vốn FDI đăng ký mới", amount: 7, currency: "USD" }] },
    ]),
  );

  it("are summed per label, never into one another, and listed as stated in the document", () => {
    const money = r.record.areas["economic-diplomacy"]!.money.map((m) => [m.meaning, m.value, m.qualifier]);
    expect(money).toEqual([
      ["economic-diplomacy/figures/vốn FDI đăng ký mới", 12, undefined],
      ["economic-diplomacy/figures/thực hiện và vận động", 36, "nearly"],
    ]);
    const facts = (r.document.body.areas["economic-diplomacy"] as { facts: { figures: unknown[] } }).facts;
    expect(facts.figures).toHaveLength(3);
  });
});
