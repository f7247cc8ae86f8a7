/** (e) Every example document travels inside its DOCX and comes back equal. */

import { readDocx } from "@doingoai/render";
import { describe, expect, it } from "vitest";
import { renderExamples } from "./cases";

describe("round trip: readDocx(renderDocx(doc))", () => {
  it("gives back every example document, deep-equal", async () => {
    const cases = await renderExamples();
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const result = readDocx(c.bytes);
      expect(
        result.issues.filter((i) => i.severity === "error"),
        c.name,
      ).toEqual([]);
      expect(result.ok, c.name).toBe(true);
      expect(result.value, c.name).toEqual(c.doc);
    }
  });
});
