import { Event, MODEL_IR, Period, type RawIssue, schemaId, validate } from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { RULE_SITES } from "../src/model/rule-sites";
import { makeContext, OBJECT_RULE_NAMES, OBJECT_RULES, runObjectRules } from "../src/rules";
import { resolveNode, toIr } from "../src/schema/ir";

type Path = (string | number)[];

/** The paths of the objects of `doc` whose schema node has the id `id`, found along the model IR. */
function pathsOf(doc: unknown, id: string): Path[] {
  const out: Path[] = [];
  const walk = (node: number, v: unknown, path: Path) => {
    if (v === null || typeof v !== "object") return;
    const n = MODEL_IR.nodes[resolveNode(MODEL_IR, node, v)]!;
    if (n.t === "array" && Array.isArray(v)) for (const [i, x] of v.entries()) walk(n.of, x, [...path, i]);
    if (n.t === "object" && !Array.isArray(v)) {
      if (n.id === id) out.push(path);
      for (const [j, k] of n.keys.entries()) walk(n.of[j]!, (v as Record<string, unknown>)[k], [...path, k]);
    }
  };
  walk(MODEL_IR.roots.Document!, doc, []);
  return out;
}

function at(doc: unknown, path: Path): Record<string, unknown> {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as Record<
    string,
    unknown
  >;
}

describe("rules on the schema: a Period anywhere gets from ≤ to", () => {
  /** The examples, and the notice with both of its optional periods filled. */
  const documents = () => {
    const notice = example("thong-bao-ket-luan-2024-ubnd-tinh-lang-son");
    if (notice.kind !== "conclusion-notice") throw new Error("fixture changed");
    notice.body.period = { from: "2024-01-01", to: "2024-03-31" };
    notice.body.directionsPeriod = { from: "2024-04-01", to: "2024-12-31" };
    return [...EXAMPLE_NAMES.map(example), notice];
  };

  it("every Period of every document kind, reversed, is the error period.order at its path", () => {
    const kinds = new Set<string>();
    let seen = 0;
    for (const [n, original] of documents().entries())
      for (const path of pathsOf(original, "Period")) {
        const doc = documents()[n]!;
        Object.assign(at(doc, path), { from: "2024-12-31", to: "2024-01-01" });
        const r = validate(doc);
        expect(r.ok, path.join(".")).toBe(false);
        expect(r.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toContain(
          `period.order@${[...path, "to"].join(".")}`,
        );
        kinds.add(doc.kind);
        seen++;
      }
    expect([...kinds].sort()).toEqual(["conclusion-notice", "plan", "report", "report-request"]);
    expect(seen).toBeGreaterThanOrEqual(8);
  });

  it("every dated row (delegation, event, aid project, reporter visit) of every example, reversed, is an error", () => {
    let seen = 0;
    for (const name of EXAMPLE_NAMES)
      for (const id of ["Delegation", "Event", "AidProject", "ReporterVisit"])
        for (const path of pathsOf(example(name), id)) {
          const doc = example(name);
          Object.assign(at(doc, path), { from: "2099-12-31", to: "2099-01-01" });
          const codes = validate(doc).issues.map((i) => `${i.code}@${i.path.join(".")}`);
          expect(codes, path.join(".")).toContain(`period.order@${[...path, "to"].join(".")}`);
          seen++;
        }
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  it("a Period in a brand-new position of a test-only schema is checked, without naming its key anywhere", () => {
    const PlanItem = z.strictObject({
      title: z.string(),
      basePeriod: Period.optional(),
      milestones: z.array(z.strictObject({ window: Period, event: Event.optional() })).optional(),
    });
    const Root = z.strictObject({ items: z.array(PlanItem) });
    const ir = toIr({ Root }, schemaId, (s) => RULE_SITES.get(s)?.rules);
    const value = {
      items: [
        { title: "a", basePeriod: { from: "2025-01-01", to: "2024-01-01" } },
        {
          title: "b",
          milestones: [
            { window: { from: "2024-01-01", to: "2024-06-30" } },
            {
              window: { from: "2024-07-01", to: "2024-03-01" },
              event: { title: "x", from: "2024-05-02", to: "2024-05-01" },
            },
          ],
        },
      ],
    };
    const out: RawIssue[] = [];
    // Not a document: give the rules a context whose document is this value.
    const ctx = makeContext(value as never, out);
    runObjectRules(ir, "Root", value, { fromBeforeTo: OBJECT_RULES.fromBeforeTo }, ctx);
    expect(out.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
      "period.order@items.0.basePeriod.to",
      "period.order@items.1.milestones.1.window.to",
      "period.order@items.1.milestones.1.event.to",
    ]);
  });
});

describe("rule attachments", () => {
  const objects = MODEL_IR.nodes.filter((n) => n.t === "object");

  it("every rule name in the model IR has its function, and every rule is attached somewhere", () => {
    const used = new Set(objects.flatMap((n) => (n.t === "object" ? (n.rules ?? []) : [])));
    expect([...used].sort()).toEqual([...OBJECT_RULE_NAMES].sort());
    for (const name of used) expect(OBJECT_RULES).toHaveProperty(name);
  });

  it("every object of the model with from and to dates carries fromBeforeTo (a new one without it fails here)", () => {
    const dated = objects.filter((n) => n.t === "object" && n.keys.includes("from") && n.keys.includes("to"));
    expect(dated.length).toBeGreaterThanOrEqual(5);
    for (const n of dated) if (n.t === "object") expect(n.rules ?? [], n.id).toContain("fromBeforeTo");
  });

  it("the rules travel with the schema node: Period carries its rule in the IR", () => {
    const period = MODEL_IR.nodes[MODEL_IR.roots.Period!];
    expect(period?.t === "object" && period.rules).toEqual(["fromBeforeTo", "spanFitsDates"]);
  });
});
