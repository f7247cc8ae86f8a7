import { readdirSync } from "node:fs";
import { join } from "node:path";
import { AREA_FACTS, AREA_IDS, Areas, INDICATORS, LABELS, MODEL_IR, schemaId } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { AREA_INDICATORS } from "../src/areas/indicators";

const folders = readdirSync(join(__dirname, "../src/areas"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("the areas: one folder each, registered in one typed map", () => {
  it("every folder of src/areas is a registered area, and every area has its folder", () => {
    expect([...folders].sort()).toEqual([...AREA_IDS].sort());
  });

  it("the Areas object of a report has one answer per area, in the order of AREA_IDS", () => {
    expect(Object.keys(Areas.shape)).toEqual([...AREA_IDS]);
    const areas = MODEL_IR.nodes.find((n) => n.t === "object" && n.id === "Areas");
    expect(areas?.t === "object" && areas.keys).toEqual([...AREA_IDS]);
  });

  it("each area's facts schema carries its own id, and the labels name each area in both languages", () => {
    const ids = AREA_IDS.map((id) => schemaId(AREA_FACTS[id]));
    expect(new Set(ids).size).toBe(AREA_IDS.length);
    for (const id of AREA_IDS) {
      expect(LABELS.vi.areas[id].trim(), id).not.toBe("");
      expect(LABELS.en.areas[id].trim(), id).not.toBe("");
      // The scaffold (scripts/new-area.mjs) writes TODO where a title is still to be written.
      expect([LABELS.vi.areas[id], LABELS.en.areas[id]], id).not.toContain("TODO");
    }
  });

  it("each known indicator is listed by one area folder, and INDICATORS has it with that area", () => {
    const listed = AREA_IDS.flatMap((area) => Object.keys(AREA_INDICATORS[area]).map((key) => [key, area]));
    const keys = listed.map(([key]) => key);
    expect(new Set(keys).size, "an indicator key in two areas").toBe(keys.length);
    expect(Object.keys(INDICATORS)).toEqual(keys);
    for (const [key, area] of listed) expect(INDICATORS[key as keyof typeof INDICATORS].area).toBe(area);
  });
});
