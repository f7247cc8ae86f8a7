import {
  MODEL_IR,
  NoticeDocument,
  PlanDocument,
  ReportDocument,
  schemaId as zodSchemaId,
} from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { keyOf, limits, literalValues, nodeOf, type Schema, schemaId, unwrap } from "./schema";

/** zod's definitions, to walk beside the IR. */
interface Zod {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Zod>;
      element?: Zod;
      innerType?: Zod;
      options?: Zod[];
      entries?: Record<string, string>;
      values?: unknown[];
      checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } } }[];
    };
  };
}
const def = (s: Zod) => s._zod.def;
const zodId = (s: Zod) => zodSchemaId(s as unknown as Parameters<typeof zodSchemaId>[0]);

/** Walk a zod schema and its IR node together; `visit` sees each pair once. */
function walk(z: Zod, n: Schema, visit: (z: Zod, n: Schema) => void, seen = new Set<Zod>()) {
  if (seen.has(z)) return;
  seen.add(z);
  visit(z, n);
  const d = def(z);
  const node = nodeOf(n);
  if ((d.type === "optional" || d.type === "nullable") && "of" in node && typeof node.of === "number")
    walk(d.innerType!, node.of, visit, seen);
  else if (d.type === "array" && node.t === "array") walk(d.element!, node.of, visit, seen);
  else if (d.type === "object" && node.t === "object")
    for (const [k, v] of Object.entries(d.shape!)) walk(v, keyOf(n, k)!, visit, seen);
  else if (d.type === "union" && node.t === "union")
    d.options!.forEach((o, i) => {
      walk(o, node.options[i]!, visit, seen);
    });
}

const PAIRS: [Zod, Schema][] = [
  [ReportDocument as unknown as Zod, MODEL_IR.roots.ReportDocument!],
  [PlanDocument as unknown as Zod, MODEL_IR.roots.PlanDocument!],
  [NoticeDocument as unknown as Zod, MODEL_IR.roots.NoticeDocument!],
];

describe("the model as the forms read it (IR) agrees with the zod schemas", () => {
  it("same kinds, keys, ids and enum values everywhere", () => {
    let n = 0;
    for (const [z, root] of PAIRS)
      walk(z, root, (zs, ns) => {
        n++;
        const node = nodeOf(ns);
        expect(node.t, zodId(zs)).toBe(def(zs).type);
        if (node.t === "object") {
          expect(node.keys).toEqual(Object.keys(def(zs).shape!));
          expect(schemaId(ns)).toBe(zodId(zs));
        }
        if (node.t === "enum") expect(literalValues(ns)).toEqual(Object.values(def(zs).entries!));
      });
    expect(n).toBeGreaterThan(300);
  });

  it("Narrative, AreaRef, IsoDate and PartialDate are recognised exactly where zod says so", () => {
    const found: Record<string, number> = {};
    for (const [z, root] of PAIRS)
      walk(z, root, (zs, ns) => {
        const zid = zodId(zs);
        const wanted = ["Narrative", "AreaRef", "IsoDate", "PartialDate"];
        if (zid && wanted.includes(zid)) {
          expect(schemaId(ns), zid).toBe(zid);
          found[zid] = (found[zid] ?? 0) + 1;
        } else if (def(zs).type !== "object") expect(wanted).not.toContain(schemaId(ns));
      });
    expect(Object.keys(found).sort()).toEqual(["AreaRef", "IsoDate", "Narrative", "PartialDate"]);
  });

  it("limits are zod's checks", () => {
    for (const [z, root] of PAIRS)
      walk(z, root, (zs, ns) => {
        const d = def(zs);
        if (!["string", "number", "array"].includes(d.type)) return;
        const lim = limits(ns);
        for (const c of d.checks ?? []) {
          const cd = c._zod.def;
          if (cd.check === "max_length") expect(lim.max).toBe(cd.maximum);
          if (cd.check === "min_length") expect(lim.min).toBe(cd.minimum);
          if (cd.check === "less_than") expect(lim.max).toBe(cd.value);
          if (cd.check === "greater_than") expect(lim.min).toBe(cd.value);
          if (cd.check === "number_format") expect(lim.integer).toBe(true);
        }
      });
  });

  it("optional and nullable wrappers unwrap", () => {
    const frame = unwrap(keyOf(MODEL_IR.roots.ReportDocument!, "frame")!).schema;
    const number = keyOf(frame, "number")!;
    expect(unwrap(number)).toMatchObject({ optional: true, nullable: true });
    expect(nodeOf(unwrap(number).schema).t).toBe("number");
  });
});
