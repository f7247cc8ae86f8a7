import { describe, expect, it } from "vitest";
import { MINIMAL_REPORT } from "../../fixtures";
import { validate } from "../../validate";
import { example as economic } from "../economic-diplomacy/example";
import { example as aid } from "./example";

/** The worked examples are valid facts of their areas, in a report of 6 months of 2021. */
describe("the worked examples of economic diplomacy and NGO aid", () => {
  it.each([
    ["economic-diplomacy", economic],
    ["ngo-aid", aid],
  ] as const)("%s validates with no issue", (area, facts) => {
    const doc = structuredClone(MINIMAL_REPORT);
    doc.body.period = { from: "2021-01-01", to: "2021-06-30" };
    doc.body.areas = { [area]: { answer: "content", facts } };
    const result = validate(doc);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([]);
    expect(result.ok && result.issues.filter((i) => i.severity === "warning")).toEqual([]);
  });
});
