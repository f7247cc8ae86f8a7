import { DOCUMENT_KINDS, type Issue, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage, t } from "../strings/strings";
import { emptyOf } from "./fields";
import { setAt } from "./path";
import { DOCUMENT_SCHEMAS } from "./schema";
import { findSection, sectionsOf } from "./sections";
import { progressOf, sectionStatus } from "./status";

// English is loaded on demand (as `lang="en"` does in a page).
beforeAll(() => loadLanguage("en"));

const statusOf = (doc: unknown, id: string, kind: "report" | "plan" | "conclusion-notice" = "report") => {
  const issues = validate(doc).issues;
  return sectionStatus(findSection(kind, id)!, kind, doc, issues);
};

describe("section status", () => {
  const empty = emptyOf(DOCUMENT_SCHEMAS.report);

  it("an empty document: required sections not started, optional ones optional", () => {
    expect(statusOf(empty, "frame")).toBe("not-started");
    expect(statusOf(empty, "overview")).toBe("not-started");
    expect(statusOf(empty, "areas.consular")).toBe("not-started");
    expect(statusOf(empty, "customAreas")).toBe("optional");
    expect(statusOf(empty, "appendices")).toBe("optional");
  });

  it("an area: Không → nothing to report; content → completed; content left empty → in progress", () => {
    const none = setAt(empty, ["body", "areas", "consular"], { answer: "none" });
    expect(statusOf(none, "areas.consular")).toBe("none");
    const content = setAt(empty, ["body", "areas", "consular"], {
      answer: "content",
      narrative: ["Có 03 trường hợp."],
    });
    expect(statusOf(content, "areas.consular")).toBe("completed");
    const bare = setAt(empty, ["body", "areas", "consular"], { answer: "content" });
    expect(statusOf(bare, "areas.consular")).toBe("in-progress");
    const unanswered = setAt(empty, ["body", "areas", "consular"], { answer: "unanswered" });
    expect(statusOf(unanswered, "areas.consular")).toBe("not-started");
  });

  it("errors under a section make it in progress", () => {
    const doc = setAt(empty, ["body", "areas", "delegations"], {
      answer: "content",
      facts: { delegations: [{ direction: "outbound", name: "Đoàn", members: "mười" }] },
    });
    expect(statusOf(doc, "areas.delegations")).toBe("in-progress");
    const partial = setAt(empty, ["frame", "place"], "Văn Quan");
    expect(statusOf(partial, "frame")).toBe("in-progress");
  });

  it.each([
    ["bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu", "report"],
    ["ke-hoach-2024-xa-binh-thanh", "plan"],
    ["thong-bao-ket-luan-2024-ubnd-tinh-lang-son", "conclusion-notice"],
  ] as const)("the seed %s: its frame is complete", (name, kind) => {
    const doc = example(name);
    const issues: Issue[] = validate(doc).issues;
    const statuses = sectionsOf(kind).map((s) => sectionStatus(s, kind, doc, issues));
    expect(statuses[0]).toBe("completed");
    expect(statuses).not.toContain("in-progress");
    const p = progressOf(statuses);
    expect(p.done).toBeGreaterThan(2);
    expect(p.total).toBeLessThanOrEqual(sectionsOf(kind).length);
  });

  it("seed 004 answers areas with Không and with content", () => {
    const doc = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    expect(statusOf(doc, "areas.awards")).toBe("none");
    expect(statusOf(doc, "areas.consular")).toBe("completed");
    expect(statusOf(doc, "areas.direction")).toBe("not-started");
  });

  it("progress counts completed and nothing-to-report, not optional sections", () => {
    const p = progressOf(["completed", "none", "in-progress", "not-started", "optional"]);
    expect(p).toEqual({ done: 2, total: 4 });
    expect(t("vi", "progress", { done: 3, total: 14 })).toBe("Đã hoàn thành 3/14 phần");
    expect(t("en", "progress", { done: 3, total: 14 })).toBe("You have completed 3 of 14 sections");
  });

  it("works for every kind's empty document", () => {
    for (const kind of DOCUMENT_KINDS) {
      const doc = emptyOf(DOCUMENT_SCHEMAS[kind]);
      const issues = validate(doc).issues;
      const statuses = sectionsOf(kind).map((s) => sectionStatus(s, kind, doc, issues));
      expect(statuses).not.toContain("completed");
    }
  });
});
