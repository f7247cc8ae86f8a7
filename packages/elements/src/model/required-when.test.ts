import { validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { STRINGS_EN } from "../strings/en";
import { STRINGS_VI } from "../strings/vi";
import { getAt, type Obj } from "./path";
import { REQUIRED_WHEN, requiredNow } from "./required-when";

/** For each entry, the object's values that make the field required, and values that do not. */
const CASES: Record<string, { required: Obj; not: Obj }> = {
  "frame.signature|onBehalfOf": { required: { authority: "TM" }, not: { authority: "none" } },
  "frame|number": { required: { status: "issued", date: "2026-06-15" }, not: { status: "draft" } },
};

/** The example report with the object's values set and the field taken out. */
function without(object: string, key: string, values: Obj) {
  const doc = structuredClone(example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as unknown as Obj;
  const obj = getAt(doc, object.split(".")) as Obj;
  Object.assign(obj, values);
  delete obj[key];
  return { doc, obj, path: `${object}.${key}` };
}

describe("fields required by what their object says (REQUIRED_WHEN)", () => {
  for (const r of REQUIRED_WHEN) {
    const name = `${r.object}|${r.key}`;
    it(`${r.object}.${r.key}: required exactly when core's rule ${r.code} says so`, () => {
      const c = CASES[name];
      expect(c, `a case for ${name} in this test`).toBeDefined();
      const yes = without(r.object, r.key, c!.required);
      const errorsAt = (d: unknown, path: string) =>
        validate(d)
          .issues.filter((i) => i.severity === "error" && i.path.join(".") === path)
          .map((i) => i.code);
      expect(errorsAt(yes.doc, yes.path)).toContain(r.code);
      expect(requiredNow(r.object, r.key, yes.obj)).toBe(r.because);
      const no = without(r.object, r.key, c!.not);
      expect(errorsAt(no.doc, no.path)).toEqual([]);
      expect(requiredNow(r.object, r.key, no.obj)).toBeUndefined();
      expect(STRINGS_VI[r.because]).toBeTruthy();
      expect(STRINGS_EN[r.because]).toBeTruthy();
    });
  }
});
