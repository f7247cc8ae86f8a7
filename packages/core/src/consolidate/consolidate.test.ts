import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is plain JavaScript (examples/consolidation/generate.mjs)
import { generateProvince, RECEIVER_FRAME } from "../../../../examples/consolidation/generate.mjs";
import { validate } from "../index";
import type { ReportDocument } from "../model/document";
import type { Qualifier } from "../model/values";
import type { IssuePath } from "../validate/issues";
import { consolidate } from "./consolidate";
import { combineQualifiers } from "./figures";
import type { ConsolidationResult, ReportSubmission, Unit } from "./types";
import { valueAt } from "./walk";

interface Province {
  units: Unit[];
  request: { period: { from: string; to: string }; deadline: string; expected: string[] };
  submissions: ReportSubmission[];
}

const province = generateProvince() as Province;
const lastYear = generateProvince({ seed: 2025, year: 2025, scenario: false }) as Province;
const frame = RECEIVER_FRAME;
const previous = consolidate(lastYear.submissions, {
  units: lastYear.units,
  request: lastYear.request,
  frame,
  id: "tong-hop-6-thang-dau-nam-2025",
});
const result = consolidate(province.submissions, {
  units: province.units,
  request: province.request,
  previous: previous.document,
  frame,
  id: "tong-hop-6-thang-dau-nam-2026",
});
const bySource = new Map(province.submissions.map((s) => [s.source!, s.document]));

/** Every path to a number in the body of a document (figures; years are not figures). */
function numberPaths(v: unknown, path: IssuePath = []): IssuePath[] {
  if (typeof v === "number") return path[path.length - 1] === "previousYear" ? [] : [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => numberPaths(x, [...path, i]));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => numberPaths(x, [...path, k]));
  return [];
}

/** The sum a provenance entry stands for, recomputed from the source documents. */
function recompute(r: ConsolidationResult, path: IssuePath, previousDoc?: ReportDocument): number {
  const p = r.record.provenance.find((e) => e.path.join("/") === path.join("/"));
  if (!p) throw new Error(`no provenance for ${path.join(".")}`);
  let sum = 0;
  for (const s of p.sources) {
    if (s.weight !== undefined) {
      sum += s.weight;
      continue;
    }
    const doc = s.report === "previous" ? previousDoc : bySource.get(s.report);
    const n = valueAt(doc, s.path);
    if (typeof n !== "number") throw new Error(`source ${s.report} ${s.path.join(".")} is not a number`);
    sum += n;
  }
  return sum;
}

describe("consolidating a generated province", () => {
  it("gives a report of the same model that validates", () => {
    const v = validate(result.document);
    expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(v.ok).toBe(true);
    expect(validate(previous.document).ok).toBe(true);
  });

  it("every figure of the document equals the sum recomputed from its provenance", () => {
    const paths = numberPaths(result.document.body, ["body"]);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths)
      expect([path.join("."), recompute(result, path, previous.document)]).toEqual([
        path.join("."),
        valueAt(result.document, path),
      ]);
    // And no provenance points at a place of the document that holds no number.
    for (const p of result.record.provenance) expect(typeof valueAt(result.document, p.path)).toBe("number");
  });

  it("the qualifier of every summed count is the honest combination of its sources' qualifiers", () => {
    let checked = 0;
    for (const p of result.record.provenance) {
      const at = p.path.join(".");
      if (!/\.indicators\.\d+\.count\.value$/.test(at)) continue;
      const qs = p.sources.map(
        (s) =>
          valueAt(bySource.get(s.report), [...s.path.slice(0, -1), "qualifier"]) as Qualifier | undefined,
      );
      expect(valueAt(result.document, [...p.path.slice(0, -1), "qualifier"])).toBe(combineQualifiers(qs));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it("never adds a committed amount to a received one", () => {
    const money = result.record.provenance.filter(
      (p) => p.path.includes("committed") || p.path.includes("received"),
    );
    for (const p of money) {
      const key = p.path.includes("committed") ? "committed" : "received";
      for (const s of p.sources) expect(s.path).toContain(key);
    }
    const aid = result.record.areas["ngo-aid"]!;
    for (const m of aid.money)
      for (const s of m.sources) expect(s.path.includes("committed")).toBe(m.meaning.includes("committed"));
  });

  it("counts the delegation reported by Sở Ngoại vụ and Phường Móng Cái 1 once, with both sources", () => {
    const record = result.record.areas.delegations!;
    expect(record.duplicates).toHaveLength(1);
    const dup = record.duplicates[0]!;
    expect(dup.units).toEqual(["so-ngoai-vu", "phuong-mong-cai-1"]);
    expect(dup.countedOnce).toBe(true);
    const rows = record.rows.delegations!;
    const merged = rows.filter((r) => r.units.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.weight)).toEqual([undefined, 0]);
    const facts = (
      result.document.body.areas.delegations as {
        facts: { delegations: unknown[]; totals: Record<string, { delegations: { value: number } }> };
      }
    ).facts;
    const sourceRows = province.submissions
      .filter((s) => result.record.reports.find((r) => r.source === s.source)?.used)
      .flatMap((s) => {
        const a = s.document.body.areas.delegations;
        return a?.answer === "content" ? (a.facts?.delegations ?? []) : [];
      });
    expect(facts.delegations).toHaveLength(sourceRows.length - 1);
    expect(facts.totals.outbound!.delegations.value + facts.totals.inbound!.delegations.value).toBe(
      sourceRows.length - 1,
    );
    expect(result.issues.filter((i) => i.code === "consolidate.duplicate-delegation")).toHaveLength(1);
  });

  it("lists the units that are missing, late, excluded, and issues for another period, a second report and a unit not in the list", () => {
    const s = result.record.status;
    const sent = new Map(province.submissions.map((x) => [x.unit, x]));
    const expected = province.request.expected;
    expect(s.expected).toBe(expected.length);
    const state = (st: string) => s.units.filter((u) => u.state === st).map((u) => u.unit);
    expect(state("missing")).toEqual(
      expected.filter((id) => !sent.has(id) && !result.record.reports.some((r) => r.unit === id)),
    );
    expect(state("missing").length).toBeGreaterThan(0);
    const late = expected.filter((id) => {
      const used = result.record.reports.find((r) => r.unit === id && r.used);
      return used && used.submittedAt! > province.request.deadline;
    });
    expect(state("late")).toEqual(late);
    expect(late.length).toBeGreaterThan(0);
    expect(state("excluded")).toHaveLength(1);
    expect(s.onTime + s.late + s.undated).toBe(s.submitted);
    expect(s.submitted + s.missing + s.excluded).toBe(s.expected);
    const codes = result.issues.map((i) => i.code);
    for (const c of ["consolidate.other-period", "consolidate.duplicate-unit", "consolidate.unit-unknown"])
      expect(codes).toContain(c);
    // The later, corrected report of a unit is the one used.
    const dup = result.issues.find((i) => i.code === "consolidate.duplicate-unit")!;
    expect(String(dup.params?.kept)).toMatch(/-bo-sung\.json$/);
  });

  it("says per area which units gave content, answered 'Không', or did not answer", () => {
    const used = result.record.reports.filter((r) => r.used);
    for (const [area, rec] of Object.entries(result.record.areas)) {
      if (
        area.includes(".") ||
        area.startsWith("custom:") ||
        ["context", "outlook", "directions", "recommendations"].includes(area)
      )
        continue;
      const all = [...rec.answers.content, ...rec.answers.none, ...rec.answers.unanswered].sort();
      expect(all).toEqual(used.map((r) => r.unit!).sort());
    }
    const aid = result.record.areas["ngo-aid"]!;
    expect(aid.answers.none.length).toBeGreaterThan(0);
    expect(aid.noneTexts.length).toBe(aid.answers.none.length);
  });

  it("groups narratives by unit, names each unit, and never sums a stated percentage", () => {
    const econ = result.document.body.areas["economic-diplomacy"] as { narrative: string[] };
    const first = result.record.areas["economic-diplomacy"]!.narratives[0]!;
    // First the summed figures (present.test.ts), then each unit's name and paragraphs.
    expect(econ.narrative[0]).toMatch(/^Tổng hợp báo cáo của 60 đơn vị: /);
    expect(econ.narrative[1]).toBe(`${province.units.find((u) => u.id === first.unit)!.name}:`);
    const source = bySource.get(first.report)!.body.areas["economic-diplomacy"] as { narrative: string[] };
    expect(first.paragraphs).toBe(source.narrative.length);
    expect(econ.narrative.slice(2, 2 + first.paragraphs)).toEqual(source.narrative);
    const culture = result.record.areas["cultural-diplomacy"]!;
    expect(culture.notSummed.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.document.body)).not.toContain('"unit":"%"');
  });

  it("compares with the previous consolidated report", () => {
    expect(result.record.comparisons.length).toBeGreaterThan(5);
    for (const c of result.record.comparisons) {
      expect(c.delta).toBe(c.current - c.previous);
      expect(c.direction).toBe(c.delta === 0 ? "same" : c.delta > 0 ? "up" : "down");
      expect(valueAt(result.document, c.path!)).toBe(c.current);
    }
    const d = result.document.body.areas.delegations as { facts: { previousYear?: number } };
    expect(d.facts.previousYear).toBe(2025);
  });
});

describe("the example in examples/consolidation", () => {
  const dir = join(__dirname, "../../../../examples/consolidation");
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));
  it("is what the generator and consolidate give today (run `node examples/consolidation/generate.mjs` after a change)", () => {
    expect(read("units.json")).toEqual(province.units);
    expect(read("request.json")).toEqual(province.request);
    for (const s of province.submissions) expect(read(`reports/${s.source}`)).toEqual(s.document);
    expect(read("previous.json")).toEqual(previous.document);
    expect(read("consolidated.json")).toEqual(result.document);
    expect(read("record.json")).toEqual(JSON.parse(JSON.stringify(result.record)));
    expect(read("issues.json")).toEqual(result.issues);
  });
});

describe("consolidating by hand-made cases", () => {
  const units: Unit[] = [
    { id: "tinh", name: "Ủy ban nhân dân tỉnh Quảng Ninh", level: "province" },
    { id: "a", name: "Xã Tiên Yên", level: "commune", parent: "tinh" },
    { id: "b", name: "Xã Hải Hòa", level: "commune", parent: "tinh" },
    { id: "c", name: "Sở Công Thương", level: "department", parent: "tinh" },
  ];
  const base = province.submissions.find((s) => s.unit?.startsWith("xa-"))!.document;
  const reportOf = (issuer: string, areas: Record<string, unknown>) => {
    const d = structuredClone(base);
    d.frame.issuingBody.name = issuer;
    d.body.areas = areas as ReportDocument["body"]["areas"];
    delete d.body.customAreas;
    return d;
  };
  const tourists = (value: number, qualifier?: Qualifier) => ({
    answer: "content",
    facts: {
      indicators: [
        { key: "foreignTourists", count: { value, unit: "lượt khách", ...(qualifier ? { qualifier } : {}) } },
      ],
    },
  });

  it("keeps qualifiers honest: exact + 'hơn' is 'hơn', mixed approximations are 'khoảng'", () => {
    const run = (qs: (Qualifier | undefined)[]) => {
      const docs = qs.map((q, i) =>
        reportOf(["ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", "ỦY BAN NHÂN DÂN XÃ HẢI HÒA", "SỞ CÔNG THƯƠNG"][i]!, {
          "economic-diplomacy": tourists(100 * (i + 1), q),
        }),
      );
      const r = consolidate(docs, { units });
      const c = (
        r.document.body.areas["economic-diplomacy"] as {
          facts: { indicators: { count: { value: number; qualifier?: string } }[] };
        }
      ).facts.indicators[0]!.count;
      return c;
    };
    expect(run([undefined, "more-than"])).toEqual({ value: 300, qualifier: "more-than", unit: "lượt khách" });
    expect(run([undefined, "about", "over"])).toEqual({ value: 600, qualifier: "about", unit: "lượt khách" });
    expect(run([undefined, undefined])).toEqual({ value: 300, unit: "lượt khách" });
  });

  it("a unit that states totals without every row: totals summed, rows kept in the record only, the document still validates", () => {
    const row = {
      direction: "outbound",
      name: "Xúc tiến thương mại tại Nam Ninh",
      countries: ["Trung Quốc"],
      headRank: "Giám đốc Sở",
      members: 4,
      days: 3,
      from: "2026-03-02",
      to: "2026-03-04",
    };
    const a = reportOf("SỞ CÔNG THƯƠNG", {
      delegations: {
        answer: "content",
        facts: {
          delegations: [row],
          totals: {
            outbound: { delegations: { value: 3, unit: "đoàn" }, persons: { value: 11, unit: "lượt người" } },
          },
        },
      },
    });
    const b = reportOf("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", {
      delegations: {
        answer: "content",
        facts: {
          delegations: [
            { ...row, name: "Đoàn của xã", headRank: "Chủ tịch UBND xã", countries: ["Lào"], members: 2 },
          ],
        },
      },
    });
    const r = consolidate([a, b], { units });
    const facts = (
      r.document.body.areas.delegations as {
        facts: {
          delegations?: unknown[];
          totals: { outbound: Record<string, { value: number; qualifier?: string }> };
        };
      }
    ).facts;
    expect(facts.delegations).toBeUndefined();
    expect(facts.totals.outbound.delegations!.value).toBe(4);
    expect(facts.totals.outbound.persons!.value).toBe(13);
    expect(r.record.areas.delegations!.rows.delegations).toHaveLength(2);
    expect(r.issues.map((i) => i.code)).toContain("consolidate.rows-partial");
    expect(validate(r.document).ok).toBe(true);
  });

  it("a unit with rows but no member counts makes the person-trips a lower bound ('hơn')", () => {
    const row = {
      direction: "inbound",
      name: "Đoàn Quảng Tây",
      countries: ["Trung Quốc"],
      headRank: "Phó Chủ tịch",
      days: 1,
      from: "2026-04-02",
      to: "2026-04-02",
    };
    const a = reportOf("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", {
      delegations: { answer: "content", facts: { delegations: [{ ...row, members: 6 }] } },
    });
    const b = reportOf("ỦY BAN NHÂN DÂN XÃ HẢI HÒA", {
      delegations: {
        answer: "content",
        facts: { delegations: [{ ...row, from: "2026-04-09", to: "2026-04-09" }] },
      },
    });
    const r = consolidate([a, b], { units });
    const t = (
      r.document.body.areas.delegations as { facts: { totals: { inbound: Record<string, unknown> } } }
    ).facts.totals.inbound;
    expect(t.persons).toEqual({ value: 6, qualifier: "more-than", unit: "lượt người" });
    expect(t.delegations).toEqual({ value: 2, unit: "đoàn" });
    expect(validate(r.document).ok).toBe(true);
  });

  it("sums money per meaning and currency: delegation costs apart from aid, VND apart from USD", () => {
    const row = {
      direction: "outbound",
      name: "Đoàn công tác",
      countries: ["Nhật Bản"],
      headRank: "Giám đốc Sở",
      members: 2,
      days: 2,
      from: "2026-05-04",
      to: "2026-05-05",
    };
    const a = reportOf("SỞ CÔNG THƯƠNG", {
      delegations: {
        answer: "content",
        facts: { delegations: [{ ...row, cost: { amount: 120_000_000, currency: "VND" } }] },
      },
      "ngo-aid": {
        answer: "content",
        facts: {
          projects: [
            {
              donor: "JICA",
              title: "Nước sạch",
              committed: { amount: 50_000, currency: "USD" },
              received: { amount: 20_000, currency: "USD" },
            },
          ],
        },
      },
    });
    const b = reportOf("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", {
      delegations: {
        answer: "content",
        facts: {
          delegations: [{ ...row, headRank: "Chủ tịch UBND xã", cost: { amount: 3_000, currency: "USD" } }],
        },
      },
      "ngo-aid": {
        answer: "content",
        facts: {
          projects: [{ donor: "KOICA", title: "Trường học", committed: { amount: 30_000, currency: "USD" } }],
        },
      },
    });
    const r = consolidate([a, b], { units });
    const money = (area: string) => r.record.areas[area]!.money.map((m) => [m.meaning, m.currency, m.value]);
    // Units in tree order: the commune (Tiên Yên) before the department.
    expect(money("delegations")).toEqual([
      ["delegations/delegations/cost", "USD", 3_000],
      ["delegations/delegations/cost", "VND", 120_000_000],
    ]);
    expect(money("ngo-aid")).toEqual([
      ["ngo-aid/projects/committed", "USD", 80_000],
      ["ngo-aid/projects/received", "USD", 20_000],
    ]);
    const totals = (r.document.body.areas["ngo-aid"] as { facts: { totals: unknown } }).facts.totals;
    expect(totals).toEqual({
      committed: { amount: 80_000, currency: "USD" },
      received: { amount: 20_000, currency: "USD" },
    });
    expect(validate(r.document).ok).toBe(true);
  });

  it("sums disbursed and in-kind aid per status, and keeps a unit's stated count of items as not merged", () => {
    const a = reportOf("SỞ CÔNG THƯƠNG", {
      "ngo-aid": {
        answer: "content",
        facts: {
          totals: {
            count: { value: 15, unit: "khoản" },
            committed: { amount: 50_000, currency: "USD" },
            disbursed: { amount: 10_000, currency: "USD" },
            inKind: { amount: 2_000, currency: "USD" },
          },
        },
      },
    });
    const b = reportOf("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", {
      "ngo-aid": {
        answer: "content",
        facts: {
          projects: [{ donor: "KOICA", title: "Trường học", disbursed: { amount: 5_000, currency: "USD" } }],
        },
      },
    });
    const r = consolidate([a, b], { units });
    const totals = (r.document.body.areas["ngo-aid"] as { facts: { totals: unknown } }).facts.totals;
    expect(totals).toEqual({
      committed: { amount: 50_000, currency: "USD" },
      disbursed: { amount: 15_000, currency: "USD" },
      inKind: { amount: 2_000, currency: "USD" },
    });
    expect(r.issues.filter((i) => i.code === "consolidate.fact-not-merged").length).toBe(1);
  });

  it("never throws on what is not a report, and says why each input was left out, in English on request", () => {
    const plan = { ...structuredClone(base), kind: "plan" };
    const r = consolidate([null, 42, {}, plan] as unknown as ReportDocument[], { units, lang: "en" });
    expect(r.issues.filter((i) => i.code === "consolidate.not-a-report").map((i) => i.path)).toEqual([
      ["reports", 0],
      ["reports", 1],
      ["reports", 2],
      ["reports", 3],
    ]);
    expect(r.issues[0]!.message).toContain("is not a report");
    expect(r.record.status.missing).toBe(3);
    expect(() =>
      consolidate(undefined as unknown as [], { units: undefined as unknown as Unit[] }),
    ).not.toThrow();
  });

  it("takes the submission date from the input, else the latest digital signature, else a full issue date", () => {
    const signed = reportOf("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN", {});
    signed.frame.digitalSignatures = [
      { signedAt: "2026-06-14T08:00:00+07:00" },
      { signedAt: "2026-06-17T09:30:00+07:00" },
    ];
    const dated = reportOf("ỦY BAN NHÂN DÂN XÃ HẢI HÒA", {});
    dated.frame.date = "2026-06-10";
    delete dated.frame.digitalSignatures;
    const given = { document: reportOf("SỞ CÔNG THƯƠNG", {}), submittedAt: "2026-06-16" };
    const r = consolidate([signed, dated, given], {
      units,
      request: { period: base.body.period, deadline: "2026-06-15" },
    });
    expect(r.record.reports.map((x) => [x.submittedAt, x.submittedAtFrom])).toEqual([
      ["2026-06-17T09:30:00+07:00", "digital-signature"],
      ["2026-06-10", "issue-date"],
      ["2026-06-16", "input"],
    ]);
    expect(r.record.status.units.map((u) => [u.unit, u.state])).toEqual([
      ["a", "late"],
      ["b", "on-time"],
      ["c", "late"],
    ]);
  });
});

describe("provenance paths", () => {
  it("are shared frozen arrays, one per distinct path, across the reports", () => {
    const sources = result.record.provenance.flatMap((p) => p.sources);
    expect(sources.every((s) => Object.isFrozen(s.path))).toBe(true);
    const byKey = new Map<string, unknown>();
    for (const s of sources) {
      const k = s.path.join("/");
      if (!byKey.has(k)) byKey.set(k, s.path);
      expect(byKey.get(k)).toBe(s.path);
    }
  });
});
