/**
 * Narrative and facts in one section (ADR 2): the narrative verbatim, then the sentences of the
 * typed facts it does not state; `print` chooses the narrative only or the facts only.
 */
import { contentAnswers, type Delegation, type Document, type PrintChoice } from "@doingoai/core";
import { EXAMPLE_NAMES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { example, headings, under } from "./testing";

const SENTENCE = "Trong kỳ, Đoàn công tác của xã gồm 05 thành viên sang Trung Quốc học tập kinh nghiệm.";

const row = (name: string, countries: string[], members: number): Delegation => ({
  direction: "outbound",
  name,
  countries,
  members,
});

/** Seed 004 with a delegations answer of one sentence and two typed rows (one the sentence names). */
function withRows(print?: PrintChoice): Document {
  const doc = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
  if (doc.kind !== "report") throw new Error("a report");
  doc.body.areas.delegations = {
    answer: "content",
    narrative: [SENTENCE],
    facts: {
      delegations: [
        row("Đoàn công tác của xã", ["Trung Quốc"], 5),
        row("Đoàn giao lưu văn hóa xã Tây Yên Tử", ["Lào"], 6),
      ],
    },
    ...(print === undefined ? {} : { print }),
  };
  return doc;
}

function delegationsSection(doc: Document): string[] {
  const layout = buildLayout(doc);
  const h = headings(layout).find((x) => x.includes("đoàn ra/ đoàn vào"));
  if (h === undefined) throw new Error("no delegations heading");
  return under(layout, h);
}

describe("a section with a narrative and typed facts", () => {
  it("prints the narrative, then the list it leaves partly unstated, whole (never «01 đoàn» of two)", () => {
    const text = delegationsSection(withRows());
    expect(text[0]).toBe(SENTENCE);
    const rest = text.slice(1).join("\n");
    expect(rest).toContain("02 đoàn ra");
    expect(rest).toContain("Đoàn giao lưu văn hóa xã Tây Yên Tử (Lào)");
    expect(rest).toContain("06 người");
    expect(rest).not.toContain("01 đoàn ra");
  });

  it("adds nothing when the narrative states every row", () => {
    const doc = withRows();
    if (doc.kind !== "report" || doc.body.areas.delegations?.answer !== "content")
      throw new Error("a report");
    const both = `${SENTENCE} Đoàn giao lưu văn hóa xã Tây Yên Tử (06 thành viên) sang Lào giao lưu.`;
    doc.body.areas.delegations.narrative = [both];
    expect(delegationsSection(doc)).toEqual([both]);
  });

  it("print: narrative prints the narrative only", () => {
    expect(delegationsSection(withRows("narrative"))).toEqual([SENTENCE]);
  });

  it("print: facts prints the sentences of every fact, not the narrative", () => {
    const text = delegationsSection(withRows("facts")).join("\n");
    expect(text).not.toContain(SENTENCE);
    expect(text).toContain("Đoàn công tác của xã");
    expect(text).toContain("Đoàn giao lưu văn hóa xã Tây Yên Tử");
  });

  it.each(EXAMPLE_NAMES)("%s prints word for word: nothing is added to its narratives", (name) => {
    const doc = example(name);
    const narrativeOnly = example(name);
    for (const a of contentAnswers(narrativeOnly)) a.answer.print = "narrative";
    expect(buildLayout(doc).body).toEqual(buildLayout(narrativeOnly).body);
  });
});
