/**
 * What a section written in words shows when each of its parts is answered "Có nội dung": the
 * fields outside "Thêm chi tiết", as keys from the section's paths. The issue: the assessment
 * section opened the figures of an area ("Xếp hạng", "Tổng số đoàn" under "Khó khăn").
 */
import { describe, expect, it } from "vitest";
import { type Field, fieldsOf } from "./fields";
import { DOCUMENT_SCHEMAS, type Path, schemaAt } from "./schema";
import { findSection } from "./sections";

function fieldAt(path: Path): Field | undefined {
  const parent = schemaAt(DOCUMENT_SCHEMAS.report, path.slice(0, -1), undefined);
  return parent === undefined ? undefined : fieldsOf(parent, "vi").find((f) => f.key === path.at(-1));
}

/** The fields shown (dotted keys), the details left closed and rows not opened. */
function shown(f: Field, at: string): string[] {
  const inner = (fs: readonly Field[]) =>
    fs.filter((x) => !x.detail).flatMap((x) => shown(x, `${at}.${x.key}`));
  if (f.kind === "answer") return inner(f.content.filter((x) => x.key !== "answer"));
  if (f.kind === "group") return inner(f.fields);
  return [at];
}

const sectionShows = (id: string) =>
  findSection("report", id)!.paths.flatMap((p) => {
    const f = fieldAt(p);
    expect(f, p.join(".")).toBeDefined();
    return shown(f!, p.slice(1).join("."));
  });

/** The part of a field's dotted key that names what it is (the last key). */
const last = (k: string) => k.split(".").at(-1);

describe("sections written in words show their own fields", () => {
  it("the assessment: the words of each part, nothing of an area's figures", () => {
    expect(sectionShows("assessment")).toEqual([
      "assessment.advantages.narrative",
      "assessment.difficulties.narrative",
      "assessment.causes.narrative",
      "assessment.objectiveCauses.narrative",
      "assessment.subjectiveCauses.narrative",
    ]);
  });

  it("the directions: the outlook and the directions in words, and the period they are for", () => {
    const keys = sectionShows("directions");
    expect(keys.filter((k) => !k.startsWith("directionsPeriod."))).toEqual([
      "outlook.narrative",
      "directions.narrative",
    ]);
    expect(keys.some((k) => k.startsWith("directionsPeriod."))).toBe(true);
  });

  it("the recommendations: their words and items, the closing sentence; no figures", () => {
    const keys = sectionShows("recommendations");
    expect(keys).toContain("recommendations.narrative");
    expect(keys).toContain("recommendations.items");
    expect(keys).toContain("closing");
    for (const k of keys)
      expect(["facts", "rankings", "delegationTotals", "events", "table"]).not.toContain(last(k));
  });

  it("the figures of a part are still there, behind “Thêm chi tiết”", () => {
    const f = fieldAt(["body", "assessment", "difficulties"]);
    expect(f?.kind).toBe("answer");
    const facts = f?.kind === "answer" ? f.content.find((x) => x.key === "facts") : undefined;
    expect(facts?.detail).toBe(true);
    expect(facts?.kind === "group" ? facts.fields.map((x) => x.key) : []).toContain("rankings");
  });
});
