/**
 * Every error at once: the cross-field rules report on the parts of a document whose structure
 * is valid, even while other parts have structural errors; a rule whose inputs are invalid says
 * nothing (never a wrong issue), and the document is never changed.
 */
import { type Document, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

type Report = Extract<Document, { kind: "report" }>;
const base = () => structuredClone(example("bao-cao-nam-2019-so-tttt-lang-son")) as Report;
const rows = (d: Report) => {
  const a = d.body.areas.delegations;
  if (a?.answer !== "content") throw new Error("fixture changed");
  return a.facts!.delegations!;
};
const codes = (d: unknown) => validate(d).issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);

describe("structural and rule issues together", () => {
  it("a missing subject and a delegation ending before it starts: both in one run", () => {
    const d = base() as Record<string, unknown> & Report;
    delete (d.frame as Partial<Report["frame"]>).subject;
    rows(d)[0]!.from = "2019-05-10";
    rows(d)[0]!.to = "2019-05-01";
    const c = codes(d);
    expect(c).toContain('schema.required ["frame","subject"]');
    expect(c).toContain('period.order ["body","areas","delegations","facts","delegations",0,"to"]');
  });

  it("TM. without “thay mặt” and a date outside the period, beside a wrong type elsewhere", () => {
    const d = base();
    (d.frame.signature as Record<string, unknown>) = {
      authority: "TM",
      name: "Nguyễn Văn A",
      title: "CHỦ TỊCH",
    };
    rows(d)[1]!.from = "2018-04-27";
    rows(d)[1]!.to = "2018-05-01";
    (rows(d)[2] as Record<string, unknown>).members = "năm";
    const r = validate(d);
    expect(r.ok).toBe(false);
    const c = r.issues.map((i) => i.code);
    expect(c).toContain("schema.type");
    expect(c).toContain("signature.authority-needs-body");
    expect(c).toContain("date.outside-period");
  });

  it("a rule whose input is invalid says nothing: an impossible date is not compared", () => {
    const d = base();
    rows(d)[0]!.from = "2019-02-30";
    rows(d)[0]!.to = "2019-01-01";
    const c = codes(d);
    expect(c.some((x) => x.startsWith("date.impossible"))).toBe(true);
    expect(c.filter((x) => x.startsWith("period.order"))).toEqual([]);
    expect(c.filter((x) => x.startsWith("date.outside-period"))).toEqual([]);
  });

  it("an invalid period stops the rules that read it, not the others", () => {
    const d = base();
    (d.body.period as Record<string, unknown>).from = 2019;
    rows(d)[0]!.from = "2019-05-10";
    rows(d)[0]!.to = "2019-05-01";
    const c = codes(d);
    expect(c.filter((x) => x.startsWith("date.outside-period"))).toEqual([]);
    expect(c).toContain('period.order ["body","areas","delegations","facts","delegations",0,"to"]');
  });

  it("text rules go round invalid parts: invisible text is found beside an unknown key", () => {
    const d = base() as Report & Record<string, unknown>;
    (d.frame as Record<string, unknown>).soDienThoai = "0205 3812 345";
    rows(d)[0]!.content = "\u200b\u200b";
    const c = codes(d);
    expect(c.some((x) => x.startsWith("schema.unknown-key"))).toBe(true);
    expect(c).toContain('text.invisible ["body","areas","delegations","facts","delegations",0,"content"]');
  });

  it("a valid document gives the same issues as before (rules once, no structural issue)", () => {
    const d = base();
    rows(d)[0]!.from = "2019-05-10";
    rows(d)[0]!.to = "2019-05-01";
    expect(codes(d).filter((x) => x.startsWith("period.order"))).toHaveLength(1);
  });

  it("a frozen document is read, never changed", () => {
    const d = base();
    delete (d.frame as Partial<Report["frame"]>).subject;
    rows(d)[0]!.from = "2019-05-10";
    rows(d)[0]!.to = "2019-05-01";
    const deepFreeze = (o: unknown): unknown => {
      if (o && typeof o === "object") {
        for (const v of Object.values(o)) deepFreeze(v);
        Object.freeze(o);
      }
      return o;
    };
    const before = JSON.stringify(d);
    const c = codes(deepFreeze(d));
    expect(c.some((x) => x.startsWith("period.order"))).toBe(true);
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe("never a rule issue the structure-valid run would not give", () => {
  // Break one random leaf of a valid document (delete it or give it a wrong type): every rule
  // issue of the broken document is either one the intact document has too, or sits at a path
  // the breakage changed. Rules never throw out of validate.
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    else leaves.push(p);
  };
  walk(base(), []);
  const ruleIssues = (d: unknown) =>
    validate(d)
      .issues.filter((i) => !i.code.startsWith("schema.") && i.code !== "date.impossible")
      .map((i) => `${i.code} ${JSON.stringify(i.path)}`);
  const intact = new Set(ruleIssues(base()));

  it("holds for 300 random breakages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: leaves.length - 1 }),
        fc.constantFrom<unknown>(undefined, 42, "x", true, null, [], {}),
        (n, broken) => {
          const d = base() as unknown as Record<string, unknown>;
          const path = leaves[n]!;
          let o = d as Record<string | number, unknown>;
          for (const s of path.slice(0, -1)) o = o[s] as Record<string | number, unknown>;
          if (broken === undefined) delete o[path.at(-1)!];
          else o[path.at(-1)!] = broken;
          const at = JSON.stringify(path).slice(0, -1);
          for (const x of ruleIssues(d)) if (!intact.has(x)) expect(x.includes(at), x).toBe(true);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
