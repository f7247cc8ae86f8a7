import { AREA_IDS, DOCUMENT_KINDS } from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../strings/strings";
import { DOCUMENT_SCHEMAS, nodeOf, schemaAt, shapeOf, unwrap } from "./schema";
import { findSection, NOT_IN_FORM, sectionFor, sectionsOf } from "./sections";

// English is loaded on demand (as `lang="en"` does in a page).
beforeAll(() => loadLanguage("en"));

describe("sections", () => {
  it.each(DOCUMENT_KINDS)("every body key of a %s is in one section (or set by the portal)", (kind) => {
    const body = unwrap(schemaAt(DOCUMENT_SCHEMAS[kind], ["body"], undefined)!).schema;
    const keys = shapeOf(body)
      .filter(([, v]) => nodeOf(unwrap(v).schema).t !== "literal")
      .map(([k]) => k);
    const covered = sectionsOf(kind).flatMap((s) =>
      s.paths.filter((p) => p[0] === "body").map((p) => String(p[1])),
    );
    const areas: string[] = keys.filter((k) => k === "areas");
    const expected = keys.filter((k) => !NOT_IN_FORM[kind].includes(k) && !areas.includes(k)).sort();
    expect([...new Set(covered.filter((k) => k !== "areas"))].sort()).toEqual(expected);
    const nonArea = covered.filter((k) => k !== "areas");
    expect(new Set(nonArea).size, "a body key in two sections").toBe(nonArea.length);
    for (const k of NOT_IN_FORM[kind]) expect(keys).toContain(k);
  });

  it.each(DOCUMENT_KINDS)(
    "every path of a %s section exists in the schema, and sections have titles",
    (kind) => {
      for (const s of sectionsOf(kind)) {
        expect(s.title("vi").trim()).not.toBe("");
        expect(s.title("en")).not.toBe(s.title("vi"));
        for (const p of s.paths)
          expect(schemaAt(DOCUMENT_SCHEMAS[kind], p, undefined), p.join(".")).toBeDefined();
      }
      expect(sectionsOf(kind)[0]!.id).toBe("frame");
    },
  );

  it("a report has one section per standard area, from core's AREA_IDS", () => {
    const ids = sectionsOf("report")
      .filter((s) => s.group === "results" && s.id.startsWith("areas."))
      .map((s) => s.id.slice(6));
    expect(ids).toEqual([...AREA_IDS]);
    expect(findSection("report", "areas.consular")?.title("vi")).toBe("Lãnh sự và bảo hộ công dân");
  });

  it("finds sections by id or by path", () => {
    expect(findSection("report", "frame")?.paths).toEqual([["frame"]]);
    expect(findSection("report", "directions")?.paths).toEqual([
      ["body", "outlook"],
      ["body", "directionsPeriod"],
      ["body", "directions"],
    ]);
    expect(findSection("report", "period")?.paths).toEqual([["body", "period"]]);
    expect(findSection("report", "frame.signature")?.paths).toEqual([["frame", "signature"]]);
    expect(findSection("report", "frame.signature")?.title("vi")).toBe("Chữ ký");
    expect(findSection("plan", "purpose")?.paths).toEqual([["body", "purpose"]]);
    expect(findSection("report", "purpose")).toBeUndefined();
    expect(findSection("report", "nothing.here")).toBeUndefined();
    expect(findSection("conclusion-notice", "session")?.paths[0]).toEqual(["body", "session"]);
  });

  it("finds the section of a path (error summary links)", () => {
    expect(
      sectionFor("report", ["body", "areas", "delegations", "facts", "delegations", 2, "members"])?.id,
    ).toBe("areas.delegations");
    expect(sectionFor("report", ["frame", "signature", "name"])?.id).toBe("frame");
    expect(sectionFor("report", ["body", "closing"])?.id).toBe("recommendations");
    expect(sectionFor("report", ["body", "outline"])).toBeUndefined();
  });
});
