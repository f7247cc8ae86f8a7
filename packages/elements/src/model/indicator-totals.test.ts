import { AREA_FACTS, INDICATOR_KEYS, INDICATORS } from "@doingoai/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dates, INDICATOR_TOTALS, indicatorFigure } from "./indicator-totals";
import type { Obj } from "./path";
import { NOT_INDICATOR_TOTALS } from "./row-totals-excluded";
import { nodeOf, objectById, schemaAt, schemaId, unwrap } from "./schema";

const offered = INDICATOR_TOTALS as Record<string, (typeof INDICATOR_TOTALS)[keyof typeof INDICATOR_TOTALS]>;

describe("indicators offered from the rows (one table, derived from core's catalogue)", () => {
  it("every known indicator is offered from its area's rows or excluded with a reason, never both", () => {
    const missing = INDICATOR_KEYS.filter((k) => !offered[k] && !NOT_INDICATOR_TOTALS[k]?.trim());
    const both = INDICATOR_KEYS.filter((k) => offered[k] && NOT_INDICATOR_TOTALS[k]);
    const unknown = [...Object.keys(offered), ...Object.keys(NOT_INDICATOR_TOTALS)].filter(
      (k) => !Object.hasOwn(INDICATORS, k),
    );
    expect({ missing, both, unknown }).toEqual({ missing: [], both: [], unknown: [] });
  });

  it("each offered key reads the facts of its own area, and a list of them", () => {
    for (const [key, def] of Object.entries(offered)) {
      const area = INDICATORS[key as keyof typeof INDICATORS].area;
      const id = (AREA_FACTS[area].meta() as { id?: string } | undefined)?.id;
      expect(def!.facts, key).toBe(id);
      // The facts have indicators (where the offer is shown) and the list of rows it reads.
      const s = objectById(def!.facts)!;
      expect(schemaAt(s, ["indicators"], undefined), key).toBeDefined();
      const list = schemaAt(s, [def!.rows], undefined);
      expect(list && nodeOf(unwrap(list).schema).t, `${key}: ${def!.rows}`).toBe("array");
    }
  });
});

const period: Dates = { from: "2026-01-01", to: "2026-06-30" };
/** The figure, in the document's `period` unless other dates (or none) are given. */
const fig = (objectId: string, indicator: Obj, facts: Obj, ...dates: [Dates | undefined] | []) =>
  indicatorFigure(objectId, indicator, facts, dates.length ? dates[0] : period);
const ind = (key: string, extra: Obj = {}) => ({ key, count: {}, ...extra });

describe("the figures", () => {
  const conferences = { conferences: [{ title: "A" }, { title: "B" }, { title: "C" }] };

  it("conferences held: the conferences listed; none when there is no row", () => {
    expect(fig("ConferenceFacts", ind("conferencesHeld"), conferences)).toBe(3);
    expect(fig("ConferenceFacts", ind("conferencesHeld"), { conferences: [] })).toBeUndefined();
    expect(fig("ConferenceFacts", ind("conferencesHeld"), {})).toBeUndefined();
  });

  it("only in its own area, of the document's period, every place, stated exactly", () => {
    // The same key under another area (seed 000 counts festivals under external information).
    expect(fig("ExternalInformationFacts", ind("conferencesHeld"), conferences)).toBeUndefined();
    const year2020 = { period: { from: "2020-01-01", to: "2020-12-31" } };
    expect(fig("ConferenceFacts", ind("conferencesHeld", year2020), conferences)).toBeUndefined();
    const atGate = { place: { relation: "via", name: "cửa khẩu Bình Nghi" } };
    expect(fig("ConferenceFacts", ind("conferencesHeld", atGate), conferences)).toBeUndefined();
    const over = { count: { value: 40, qualifier: "over" } };
    expect(fig("ConferenceFacts", ind("conferencesHeld", over), conferences)).toBeUndefined();
    const exactly = { count: { value: 40, qualifier: "exact" } };
    expect(fig("ConferenceFacts", ind("conferencesHeld", exactly), conferences)).toBe(3);
    // A free indicator (a label, no key), or a key the table does not know.
    expect(fig("ConferenceFacts", { label: "Hội thảo", count: {} }, conferences)).toBeUndefined();
    expect(fig("ConferenceFacts", ind("toString"), conferences)).toBeUndefined();
  });

  it("agreements signed: the rows signed within the period; unknown while a signed row has no date", () => {
    const facts = {
      agreements: [
        { title: "A", signedOn: "2026-03-15", status: "implementing" },
        { title: "B", signedOn: "2025-11-02", status: "implementing" },
        { title: "C", status: "negotiating" },
        { title: "D", signedOn: "2026-06-30", status: "signed" },
      ],
    };
    expect(fig("AgreementFacts", ind("agreementsSigned"), facts)).toBe(2);
    // An indicator of its own period is counted in it.
    const own = { period: { from: "2025-01-01", to: "2025-12-31" } };
    expect(fig("AgreementFacts", ind("agreementsSigned", own), facts)).toBe(1);
    expect(fig("AgreementFacts", ind("agreementsSigned"), facts, undefined)).toBeUndefined();
    const undated = { agreements: [...facts.agreements, { title: "E", status: "signed" }] };
    expect(fig("AgreementFacts", ind("agreementsSigned"), undated)).toBeUndefined();
  });

  it("projects by their kind; aid projects never from a few notable rows", () => {
    const economic = {
      projects: [
        { kind: "FDI", title: "a" },
        { kind: "ODA", title: "b" },
        { kind: "FDI", title: "c" },
      ],
    };
    expect(fig("EconomicFacts", ind("fdiProjects"), economic)).toBe(2);
    expect(fig("EconomicFacts", ind("odaProjects"), economic)).toBe(1);
    const aid = {
      projects: [
        { donor: "A", title: "x", kind: "project" },
        { donor: "B", title: "y", kind: "non-project" },
        { donor: "C", title: "z", kind: "project" },
      ],
    };
    expect(fig("NgoAidFacts", ind("aidProjects"), aid)).toBe(2);
    expect(fig("NgoAidFacts", ind("aidProjects"), { ...aid, listing: "all" })).toBe(2);
    expect(fig("NgoAidFacts", ind("aidProjects"), { ...aid, listing: "notable" })).toBeUndefined();
    // No listing said, a stated number above the rows: the model's default is "notable".
    const fifteen = { ...aid, totals: { count: { value: 15 } } };
    expect(fig("NgoAidFacts", ind("aidProjects"), fifteen)).toBeUndefined();
    expect(fig("NgoAidFacts", ind("aidProjects"), { ...fifteen, listing: "all" })).toBe(2);
    // A row without its kind: no count of projects.
    const noKind = { projects: [...aid.projects, { donor: "D", title: "w" }] };
    expect(fig("NgoAidFacts", ind("aidProjects"), noKind)).toBeUndefined();
  });

  it("delegations, persons and trainees add the rows' figures when every row states one exactly", () => {
    const delegations = {
      delegations: [
        { direction: "outbound", name: "A", members: 5 },
        { direction: "inbound", name: "B", members: 8 },
        { direction: "outbound", name: "C", members: 7 },
      ],
    };
    expect(fig("DelegationFacts", ind("outboundDelegations"), delegations)).toBe(2);
    expect(fig("DelegationFacts", ind("outboundPersons"), delegations)).toBe(12);
    expect(fig("DelegationFacts", ind("inboundPersons"), delegations)).toBe(8);
    const trainings = {
      trainings: [
        { title: "a", participants: { value: 2 } },
        { title: "b", participants: { value: 30, qualifier: "exact" } },
      ],
    };
    expect(fig("OrganisationFacts", ind("trainingCourses"), trainings)).toBe(2);
    expect(fig("OrganisationFacts", ind("trainees"), trainings)).toBe(32);
    const about = {
      trainings: [trainings.trainings[0], { title: "c", participants: { value: 30, qualifier: "about" } }],
    };
    expect(fig("OrganisationFacts", ind("trainees"), about)).toBeUndefined();
    expect(fig("OrganisationFacts", ind("trainingCourses"), about)).toBe(2);
  });

  it("awardees once each, twinning and friendship relations, the texts issued", () => {
    const awards = {
      awards: [
        { recipient: "Ông Park Min-jun", award: "Bằng khen", level: "province" },
        { recipient: " ông park  min-jun", award: "Huy chương", level: "state" },
        { recipient: "Hội Hữu nghị Việt - Lào", award: "Bằng khen", level: "province" },
      ],
    };
    expect(fig("AwardFacts", ind("awardsGiven"), awards)).toBe(2);
    const people = {
      partnerships: [
        { partner: "A", kind: "twinning" },
        { partner: "B", kind: "friendship-association" },
        { partner: "C", kind: "exchange" },
      ],
    };
    expect(fig("PeopleFacts", ind("twinnings"), people)).toBe(2);
    expect(fig("DirectionFacts", ind("documentsIssued"), { issued: [{ title: "a" }, { title: "b" }] })).toBe(
      2,
    );
  });
});

describe("the figures (properties)", () => {
  const kinds = ["FDI", "ODA", "overseas-vietnamese", "other"] as const;
  const project = fc.record({ kind: fc.constantFrom(...kinds), title: fc.string() });

  it("a count by kind is the number of rows of that kind, whatever the other rows", () => {
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 30 }), (projects) => {
        const n = (k: string) => projects.filter((p) => p.kind === k).length;
        expect(fig("EconomicFacts", ind("fdiProjects"), { projects })).toBe(n("FDI"));
        expect(fig("EconomicFacts", ind("odaProjects"), { projects })).toBe(n("ODA"));
        // Adding a row of another kind leaves it as it was.
        const more = [...projects, { kind: "other", title: "x" }];
        expect(fig("EconomicFacts", ind("fdiProjects"), { projects: more })).toBe(n("FDI"));
      }),
    );
  });

  it("a sum is the rows' figures added when each is exact, else there is none", () => {
    const participants = fc.record(
      { value: fc.nat(500), qualifier: fc.constantFrom("exact", "about", "over") },
      { requiredKeys: ["value"] },
    );
    fc.assert(
      fc.property(fc.array(participants, { minLength: 1, maxLength: 20 }), (counts) => {
        const trainings = counts.map((c, i) => ({ title: `lớp ${i}`, participants: c }));
        const allExact = counts.every((c) => c.qualifier === undefined || c.qualifier === "exact");
        const sum = counts.reduce((s, c) => s + c.value, 0);
        expect(fig("OrganisationFacts", ind("trainees"), { trainings })).toBe(allExact ? sum : undefined);
      }),
    );
  });

  it("agreements signed never exceed the rows, and the whole period counts every dated row", () => {
    const day = fc
      .date({
        min: new Date("2020-01-01T00:00:00Z"),
        max: new Date("2029-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const agreement = fc.record({
      title: fc.constant("a"),
      signedOn: day,
      status: fc.constantFrom("signed", "implementing", "completed"),
    });
    fc.assert(
      fc.property(fc.array(agreement, { minLength: 1, maxLength: 20 }), (agreements) => {
        const n = fig("AgreementFacts", ind("agreementsSigned"), { agreements })!;
        expect(n).toBe(agreements.filter((a) => a.signedOn >= period.from && a.signedOn <= period.to).length);
        const whole = { from: "2020-01-01", to: "2029-12-31" };
        expect(fig("AgreementFacts", ind("agreementsSigned"), { agreements }, whole)).toBe(agreements.length);
      }),
    );
  });
});

it("the model still has what the figures read (a change in core fails here)", () => {
  const keysOf = (id: string) => {
    const n = nodeOf(unwrap(objectById(id)!).schema);
    return n.t === "object" ? n.keys : [];
  };
  expect(keysOf("Agreement")).toEqual(expect.arrayContaining(["signedOn", "status"]));
  expect(keysOf("Award")).toContain("recipient");
  expect(keysOf("Indicator")).toEqual(expect.arrayContaining(["key", "count", "place", "period"]));
  expect(schemaId(unwrap(schemaAt(objectById("Indicator")!, ["count"], undefined)!).schema)).toBe("Count");
});
