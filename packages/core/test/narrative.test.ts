/**
 * Narrative and facts (ADR 2): which typed facts a narrative states (the one walk the renderer
 * and validation share), and the warning when an answer chooses to print its narrative only.
 */
import {
  areaFactsNode,
  contentAnswers,
  type Document,
  factLeaves,
  narrativeText,
  statedIn,
  unstatedFacts,
  validate,
} from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

const DELEGATIONS = areaFactsNode("delegations")!;

const row = (name: string, countries: string[], members: number) => ({
  direction: "outbound" as const,
  name,
  countries,
  members,
});

const stated = (narrative: string, facts: object, node = DELEGATIONS) =>
  unstatedFacts(facts, node, [narrative]).unstated.map((u) => u.path.join("."));

describe("which facts a narrative states", () => {
  it("finds every area's facts schema in the model IR", () => {
    expect(DELEGATIONS).toBeTypeOf("number");
    const leaves = factLeaves({ delegations: [row("Đoàn A", ["Lào"], 3)] }, DELEGATIONS);
    expect(leaves.map((l) => `${l.path.join(".")}:${l.kind}`)).toEqual([
      "delegations.0.name:text",
      "delegations.0.countries.0:text",
      "delegations.0.members:number",
    ]);
  });

  it("a delegation named with its country and members is stated; one not named is not", () => {
    const facts = {
      delegations: [
        row("Đoàn công tác của UBND huyện", ["Trung Quốc"], 5),
        row("Đoàn xúc tiến du lịch", ["Lào"], 4),
      ],
    };
    const narrative = "Trong kỳ, Đoàn công tác của UBND huyện gồm 05 thành viên đã sang Trung Quốc làm việc.";
    expect(stated(narrative, facts)).toEqual(["delegations.1"]);
    // a list left partly unstated is written whole: two rows after it must not read "01 đoàn"
    const { rest } = unstatedFacts(facts, DELEGATIONS, [narrative]);
    expect(rest).toEqual({ delegations: facts.delegations });
    const both = `${narrative} Đoàn xúc tiến du lịch gồm 04 thành viên sang Lào.`;
    expect(unstatedFacts(facts, DELEGATIONS, [both]).rest).toBeUndefined();
  });

  it("reads numbers as the glossary writes them: 03, 1.000, 1000, 12,5; amounts in triệu, tỷ", () => {
    const t = narrativeText(["có 03 đoàn, khoảng 1.000 lượt khách, 1000 người, 12,5%, trị giá 1,5 tỷ đồng"]);
    const n = (value: number, kind: "count" | "money" | "number" = "count") => ({ path: [], kind, value });
    expect(statedIn(n(3), t)).toBe(true);
    expect(statedIn(n(1000), t)).toBe(true);
    expect(statedIn(n(12.5, "number"), t)).toBe(true);
    expect(statedIn(n(1_500_000_000, "money"), t)).toBe(true);
    expect(statedIn(n(30), t)).toBe(false);
    expect(statedIn(n(1_500_000, "money"), t)).toBe(false);
  });

  it("does not take a period, a date, a time or a code for a quantity; a count is written with its unit", () => {
    const t = narrativeText([
      "Trong 6 tháng đầu năm 2026, ngày 16/9/2019 lúc 09:14, theo Kế hoạch số 115/KH-UBND và 149-KH/TU, xã có 07 người đi lao động; Chỉ số DDCI xếp thứ 15/25; 09 đoàn ra /114 lượt.",
    ]);
    const count = (value: number, unit?: string) => ({
      path: [],
      kind: "count" as const,
      value,
      ...(unit === undefined ? {} : { unit }),
    });
    for (const n of [6, 16, 14, 115, 149]) expect(statedIn(count(n), t), String(n)).toBe(false);
    expect(statedIn(count(7, "người"), t)).toBe(true);
    expect(statedIn(count(7, "đoàn"), t)).toBe(false);
    expect(statedIn(count(114, "lượt"), t)).toBe(true);
    expect(statedIn({ path: [], kind: "number", value: 15 }, t)).toBe(true);
    expect(statedIn({ path: [], kind: "number", value: 25 }, t)).toBe(true);
    expect(statedIn({ path: [], kind: "number", value: 2019 }, t)).toBe(true);
  });

  it("reads dates as d/m or in words, texts without case or punctuation", () => {
    const t = narrativeText(["Ngày 08/5/2024, đoàn làm việc tại tỉnh Xiêng Khoảng (Lào)."]);
    expect(statedIn({ path: [], kind: "date", value: "2024-05-08" }, t)).toBe(true);
    expect(statedIn({ path: [], kind: "date", value: "2024-05-09" }, t)).toBe(false);
    expect(statedIn({ path: [], kind: "text", value: "tỉnh Xiêng Khoảng" }, t)).toBe(true);
    expect(statedIn({ path: [], kind: "text", value: "Hàn Quốc" }, t)).toBe(false);
  });

  it("figures beside a list left unstated are written with it; alone, only when unstated", () => {
    const facts = {
      totals: { outbound: { delegations: { value: 15, unit: "đoàn" } } },
      delegations: [row("Đoàn xúc tiến du lịch", ["Lào"], 4)],
    };
    expect(unstatedFacts(facts, DELEGATIONS, ["Tổ chức 15 đoàn ra."]).rest).toEqual(facts);
    const told = "Tổ chức 15 đoàn ra, trong đó Đoàn xúc tiến du lịch (04 thành viên) sang Lào.";
    expect(unstatedFacts(facts, DELEGATIONS, [told]).rest).toBeUndefined();
    expect(unstatedFacts({ totals: facts.totals }, DELEGATIONS, ["Tổ chức 12 đoàn ra."]).rest).toEqual({
      totals: facts.totals,
    });
  });

  it("an indicator is a figure of its own: only those left unstated are written", () => {
    const consular = areaFactsNode("consular")!;
    const arrived = { key: "foreignersArrived", count: { value: 87, unit: "lượt" } };
    const departed = { key: "foreignersDeparted", count: { value: 85, unit: "lượt" } };
    const { rest } = unstatedFacts({ indicators: [arrived, departed] }, consular, [
      "Có 87 lượt người nước ngoài đến địa phương.",
    ]);
    expect(rest).toEqual({ indicators: [departed] });
  });

  it("a zero count is stated by the narrative's own «không»", () => {
    const facts = { totals: { outbound: { delegations: { value: 0, unit: "đoàn" } } } };
    expect(stated("Trong kỳ, đơn vị không tổ chức đoàn ra.", facts)).toEqual([]);
    expect(stated("Trong kỳ, đơn vị đã tổ chức đoàn ra.", facts)).toEqual(["totals"]);
  });

  it.each(EXAMPLE_NAMES)("%s: its narratives state its facts (the seeds print word for word)", (name) => {
    const doc = example(name);
    const left = contentAnswers(doc).flatMap((a) =>
      a.answer.facts === undefined || a.answer.narrative === undefined
        ? []
        : unstatedFacts(a.answer.facts, a.factsNode, a.answer.narrative).unstated.map((u) =>
            [...a.path, "facts", ...u.path].join("."),
          ),
    );
    // seed 001's outbound delegations are stated by its appendix table, not by its narrative
    expect(left.filter((p) => !p.startsWith("body.areas.delegations.facts.delegations."))).toEqual([]);
  });
});

describe("narrative only: a warning naming the facts left out", () => {
  const withChoice = (print: "narrative" | "facts"): Document => {
    const doc = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    if (doc.kind !== "report") throw new Error("a report");
    const a = doc.body.areas.delegations;
    if (a?.answer !== "content") throw new Error("delegations with content");
    a.print = print;
    a.narrative = ["Trong kỳ, Đoàn công tác của xã gồm 05 thành viên sang Trung Quốc học tập kinh nghiệm."];
    a.facts = {
      delegations: [
        row("Đoàn công tác của xã", ["Trung Quốc"], 5),
        row("Đoàn giao lưu văn hóa xã Tây Yên Tử", ["Lào"], 6),
      ],
    };
    return doc;
  };

  it("names the facts the narrative does not state, with the path, in Vietnamese and English", () => {
    for (const lang of ["vi", "en"] as const) {
      const r = validate(withChoice("narrative"), { lang });
      expect(r.ok).toBe(true);
      const w = r.issues.filter((i) => i.code === "narrative.facts-left-out");
      expect(w).toHaveLength(1);
      expect(w[0]!.severity).toBe("warning");
      expect(w[0]!.path).toEqual(["body", "areas", "delegations", "print"]);
      expect(w[0]!.message).toContain("Đoàn giao lưu văn hóa xã Tây Yên Tử");
      expect(w[0]!.message).toContain("Lào");
      expect(w[0]!.message).toContain("facts.delegations.1.members");
      // the delegation the narrative names is not named again
      expect(w[0]!.message).not.toContain("Trung Quốc");
      expect(w[0]!.message).not.toContain("delegations.0");
      expect(w[0]!.message).toMatch(lang === "vi" ? /chỉ in nội dung đã viết/ : /narrative only/);
    }
  });

  it("says nothing when the narrative states every fact, or when the facts print", () => {
    const all = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    if (all.kind !== "report" || all.body.areas.consular?.answer !== "content") throw new Error("consular");
    all.body.areas.consular.print = "narrative";
    expect(validate(all).issues.map((i) => i.code)).not.toContain("narrative.facts-left-out");
    expect(validate(withChoice("facts")).issues.map((i) => i.code)).not.toContain("narrative.facts-left-out");
  });
});
