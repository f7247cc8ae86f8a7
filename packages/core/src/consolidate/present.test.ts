/**
 * The sums made visible in the consolidated report: the reporting status at its head and in an
 * appendix, each area's summed figures in the first paragraph of its draft, and per area an
 * appendix "Tổng hợp theo đơn vị" whose rows add up to its total row.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is plain JavaScript (examples/consolidation/generate.mjs)
import { generateProvince, RECEIVER_FRAME } from "../../../../examples/consolidation/generate.mjs";
import { formatCount } from "../format/numbers";
import { validate } from "../index";
import type { Appendix } from "../model/appendix";
import type { Count } from "../model/values";
import { consolidate } from "./consolidate";
import { NOT_SUMMED_HEADING } from "./present";
import type { ReportSubmission, Unit } from "./types";

interface Province {
  units: Unit[];
  request: { period: { from: string; to: string }; deadline: string; expected: string[] };
  submissions: ReportSubmission[];
}

const province = generateProvince() as Province;
const result = consolidate(province.submissions, {
  units: province.units,
  request: province.request,
  frame: RECEIVER_FRAME,
});
const doc = result.document;
const tables = (doc.appendices ?? []) as (Appendix & {
  table: { type: "free"; table: { columns: string[]; rows: string[][] } };
})[];

/** "khoảng 59.300" → 59300; "08" → 8; "" → 0. */
const numberOf = (cell: string) =>
  Number(
    cell
      .replace(/^[^\d]*/, "")
      .replace(/\./g, "")
      .replace(",", ".") || 0,
  );

describe("the reporting status", () => {
  it("is the first appendix: one row per unit in tree order, with its state and submission date", () => {
    const status = tables[0]!;
    expect(status.title).toBe("TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
    const units = result.record.status.units;
    expect(status.table.table.rows.map((r) => r[1])).toEqual(units.map((u) => u.name));
    const words = {
      "on-time": "Đúng hạn",
      late: "Quá hạn",
      missing: "Chưa gửi",
      excluded: "Không sử dụng được",
    };
    for (const [i, u] of units.entries()) {
      const row = status.table.table.rows[i]!;
      expect(row[3]).toBe(words[u.state as keyof typeof words]);
      if (u.submittedAt) expect(row[2]).toMatch(/^\d{2}\/\d{1,2}\/2026$/);
    }
    expect(status.note).toContain(`đã gửi: ${result.record.status.submitted}`);
  });

  it("is said at the head of the report, with the missing units named", () => {
    const first = (doc.body.context as { narrative: string[] }).narrative[0]!;
    expect(first).toContain("60/64 đơn vị đã gửi báo cáo (56 đơn vị đúng hạn, 04 đơn vị quá hạn)");
    for (const u of result.record.status.units.filter((x) => x.state === "missing"))
      expect(first).toContain(u.name);
    expect(first).toContain("Phụ lục I kèm theo");
  });
});

describe("the summed figures", () => {
  it("are stated in the first paragraph of each area's draft, as the document holds them", () => {
    const econ = doc.body.areas["economic-diplomacy"] as {
      narrative: string[];
      facts: { indicators: { count: Count }[] };
    };
    for (const ind of econ.facts.indicators) expect(econ.narrative[0]).toContain(formatCount(ind.count));
    const del = doc.body.areas.delegations as {
      narrative: string[];
      facts: { totals: { outbound: { delegations: Count }; inbound: { delegations: Count } } };
    };
    const t = del.facts.totals;
    expect(del.narrative[0]).toMatch(
      new RegExp(
        `đoàn ra: ${formatCount(t.outbound.delegations)},.*đoàn vào: ${formatCount(t.inbound.delegations)},`,
      ),
    );
    expect(del.narrative[0]).toContain("chi tiết theo từng đơn vị tại Phụ lục II kèm theo");
  });

  it("are detailed per unit in an appendix per area, whose rows add up to the total row", () => {
    const perArea = tables.slice(1);
    expect(perArea.map((a) => a.title)).toContain("TỔNG HỢP THEO ĐƠN VỊ: NGOẠI GIAO KINH TẾ");
    for (const a of perArea) {
      const { columns, rows } = a.table.table;
      // An appendix of what units stated that is never summed has no total row.
      if (columns.length === 3 && columns[2] === NOT_SUMMED_HEADING) {
        expect(rows.every((r) => r[1] !== "Tổng cộng")).toBe(true);
        continue;
      }
      const total = rows[rows.length - 1]!;
      expect(total[1]).toBe("Tổng cộng");
      for (let c = 2; c < columns.length; c++) {
        // The last column of what units state that is never summed holds words, not figures.
        if (columns[c] === NOT_SUMMED_HEADING) continue;
        const sum = rows.slice(0, -1).reduce((n, r) => n + numberOf(r[c]!), 0);
        expect([a.title, columns[c], sum]).toEqual([a.title, columns[c], numberOf(total[c]!)]);
      }
    }
    // Money per status and currency: committed and received in separate columns, never added.
    const aid = perArea.find((a) => a.title.includes("VIỆN TRỢ"))!;
    expect(aid.table.table.columns).toEqual([
      "TT",
      "Đơn vị",
      "Giá trị cam kết (USD)",
      "Giá trị đã tiếp nhận (USD)",
      "Giá trị cam kết (đồng)",
      "Giá trị đã tiếp nhận (đồng)",
    ]);
  });

  it("the duplicated delegation counts once in the total row, as in the document", () => {
    const del = tables.find((a) => a.title.includes("ĐOÀN RA, ĐOÀN VÀO"))!;
    const total = del.table.table.rows.at(-1)!;
    const t = (doc.body.areas.delegations as { facts: { totals: { inbound: { delegations: Count } } } }).facts
      .totals;
    expect(numberOf(total[5]!)).toBe(t.inbound.delegations.value);
  });
});

describe("the model's table-row budget", () => {
  it("a large province still validates: appendices that do not fit are left out with a warning", () => {
    const big = generateProvince({ seed: 7, extra: 60, scenario: false }) as Province;
    const r = consolidate(big.submissions, { units: big.units, request: big.request, frame: RECEIVER_FRAME });
    expect(validate(r.document).ok).toBe(true);
    expect(r.document.appendices![0]!.title).toBe("TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
    const left = r.issues.filter((i) => i.code === "consolidate.appendix-left-out");
    expect(left.length).toBeGreaterThan(0);
    // An area left out of the appendices says its figures without pointing to one.
    const id = left[0]!.params!.area as string;
    const answer = r.document.body.areas[id as "consular"] as { narrative?: string[] };
    if (answer.narrative) expect(answer.narrative[0]).not.toContain("Phụ lục");
  });
});
