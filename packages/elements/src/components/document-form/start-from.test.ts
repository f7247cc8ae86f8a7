import { validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { emptyOf } from "../../model/fields";
import type { Obj } from "../../model/path";
import { DOCUMENT_SCHEMAS } from "../../model/schema";
import { startFromPrevious } from "./start-from";

const prev = () =>
  structuredClone(example("bao-cao-nam-2019-so-tttt-lang-son")) as unknown as Obj & {
    frame: Obj;
    body: Obj & { areas: Record<string, Obj & { facts?: Obj }>; period: { from: string; to: string } };
  };
const empty = () => emptyOf(DOCUMENT_SCHEMAS.report) as Obj;

describe("start from the last period's report", () => {
  it("keeps the frame and the outline, names the new period, leaves out number and date", () => {
    const p = prev();
    const d = startFromPrevious(p, empty()) as typeof p;
    for (const k of ["issuingBody", "parentBody", "place", "recipients", "signature", "symbol"])
      expect(d.frame[k], k).toEqual(p.frame[k]);
    expect(d.frame.number).toBeUndefined();
    expect(d.frame.date).toBeUndefined();
    expect(d.frame.subject).toBe("Tình hình, kết quả công tác đối ngoại năm 2020");
    expect(d.body.period).toEqual({ from: "2020-01-01", to: "2020-12-31" });
    expect(d.body.outline).toEqual(p.body.outline);
  });

  it("the last report's figures become the comparison base; its rows and narratives are not carried", () => {
    const p = prev();
    const d = startFromPrevious(p, empty()) as typeof p;
    const del = d.body.areas.delegations!;
    expect(del.facts).toEqual({
      previousTotals: p.body.areas.delegations!.facts!.totals,
      previousYear: 2019,
    });
    expect(del.narrative).toBeUndefined();
    const ind = d.body.areas["external-information"]!.facts!.indicators as Obj[];
    const old = p.body.areas["external-information"]!.facts!.indicators as Obj[];
    expect(ind.map((i) => i.previous)).toEqual(old.map((i) => i.count));
    expect(ind.every((i) => i.count === undefined)).toBe(true);
    // Areas with nothing to compare start unanswered.
    expect(d.body.areas.direction).toBeUndefined();
  });

  it("what is left to fill is reported by core as missing, never as a wrong value", () => {
    const d = startFromPrevious(prev(), empty());
    const codes = new Set(
      validate(d)
        .issues.filter((i) => i.severity === "error")
        .map((i) => i.code),
    );
    for (const c of codes) expect(["schema.required", "schema.too-small"], c).toContain(c);
  });

  it("29 February moves to 28 February", () => {
    const p = prev();
    p.body.period = { from: "2024-01-01", to: "2024-02-29" };
    expect((startFromPrevious(p, empty()) as typeof p).body.period).toEqual({
      from: "2025-01-01",
      to: "2025-02-28",
    });
  });
});
