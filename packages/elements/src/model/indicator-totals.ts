/**
 * Known indicators (`INDICATORS` of core, `areas/<id>/indicators.ts`) whose count the rows of
 * their area give: "Hội nghị, hội thảo quốc tế được tổ chức" is the number of conferences listed,
 * "dự án FDI" the number of the area's projects of kind FDI. The form offers the figure beside
 * the indicator ("…: tổng theo các dòng là 3 — Dùng số này", as `ROW_TOTALS` does for the stated
 * totals) and never writes it by itself. One table, by indicator key; every known key is either
 * here or in `NOT_INDICATOR_TOTALS` with the reason (`row-totals-excluded.ts`, not shipped;
 * `indicator-totals.test.ts` fails on a key in neither, so an indicator added in core waits for
 * someone to decide).
 *
 * An indicator is offered its figure only as the area's own (in the facts named by `facts`), of
 * the document's period (no `period` of its own, unless the figure is read by dates), of every
 * place (no `place`), stated exactly (no "khoảng", "trên"), and never from a list of a few
 * notable rows ("một số tiêu biểu").
 */
import type { IndicatorKey } from "@doingoai/core/lite";
import type { Obj } from "./path";
import { all, count, countByKind, direction, type Keep, numberAt, rows, sumOf } from "./row-totals";

/** The dates a figure is of: an indicator's own period, else the document's. */
export interface Dates {
  from: string;
  to: string;
}

export interface IndicatorTotal {
  /** The facts (`ObjectId`) whose rows give the figure: the same key in another area is not offered. */
  facts: string;
  /** The list of the facts whose rows give it. */
  rows: string;
  /** The figure from the rows, or undefined when they give none. */
  of(facts: Obj, dates: Dates | undefined): number | undefined;
  /** The figure is read by the rows' dates: an indicator of its own period is counted in it. */
  dated?: true;
}

/** A count stated exactly ("03", not "trên 3"): its value. */
function exact(c: unknown): number | undefined {
  if (!c || typeof c !== "object") return undefined;
  const { value, qualifier } = c as Obj;
  return typeof value === "number" && (qualifier === undefined || qualifier === "exact") ? value : undefined;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** `{from, to}` when both are calendar days, from not after to. */
export function datesOf(p: unknown): Dates | undefined {
  if (!p || typeof p !== "object") return undefined;
  const { from, to } = p as Obj;
  return typeof from === "string" &&
    typeof to === "string" &&
    isoDay.test(from) &&
    isoDay.test(to) &&
    from <= to
    ? { from, to }
    : undefined;
}

/** "ký kết 03 thỏa thuận": the agreements signed within the dates; unknown while a signed one has no date. */
function signedWithin(facts: Obj, dates: Dates | undefined): number | undefined {
  const list = rows(facts, "agreements");
  if (!dates || !list.length) return undefined;
  let n = 0;
  for (const r of list) {
    if (r.status === "negotiating") continue;
    if (typeof r.signedOn !== "string" || !isoDay.test(r.signedOn)) return undefined;
    if (r.signedOn >= dates.from && r.signedOn <= dates.to) n++;
  }
  return n;
}

/** "03 tập thể, cá nhân": awardees named by the rows, each once (one may have two awards). */
function awardees(facts: Obj): number | undefined {
  const list = rows(facts, "awards");
  if (!list.length) return undefined;
  const names = list.map((r) =>
    typeof r.recipient === "string"
      ? r.recipient.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")
      : "",
  );
  return names.some((n) => n === "") ? undefined : new Set(names).size;
}

/** The rows of aid are all of them (not "một số tiêu biểu", nor fewer than the stated number, the model's default). */
const allAid = (f: Obj) => {
  const stated = exact((f.totals as Obj | undefined)?.count);
  const listing =
    f.listing ?? (stated !== undefined && stated > rows(f, "projects").length ? "notable" : "all");
  return listing === "all";
};

const oneOf =
  (...kinds: string[]): Keep =>
  (r) =>
    typeof r.kind === "string" && kinds.includes(r.kind);
const rowsOf = (facts: string, key: string, keep: Keep = all): IndicatorTotal => ({
  facts,
  rows: key,
  of: count(key, keep),
});
const sumAt = (facts: string, key: string, value: (r: Obj) => number | undefined, keep: Keep = all) => ({
  facts,
  rows: key,
  of: sumOf(key, value, keep),
});
const countAt = (field: string) => (r: Obj) => exact(r[field]);

export const INDICATOR_TOTALS: Readonly<Partial<Record<IndicatorKey, IndicatorTotal>>> = {
  outboundDelegations: rowsOf("DelegationFacts", "delegations", direction("outbound")),
  outboundPersons: sumAt("DelegationFacts", "delegations", numberAt("members"), direction("outbound")),
  inboundDelegations: rowsOf("DelegationFacts", "delegations", direction("inbound")),
  inboundPersons: sumAt("DelegationFacts", "delegations", numberAt("members"), direction("inbound")),
  agreementsSigned: { facts: "AgreementFacts", rows: "agreements", of: signedWithin, dated: true },
  conferencesHeld: rowsOf("ConferenceFacts", "conferences"),
  fdiProjects: rowsOf("EconomicFacts", "projects", oneOf("FDI")),
  odaProjects: rowsOf("EconomicFacts", "projects", oneOf("ODA")),
  promotionEvents: rowsOf("EconomicFacts", "events"),
  aidProjects: {
    facts: "NgoAidFacts",
    rows: "projects",
    of: (f) => (allAid(f) ? countByKind("projects", "project")(f) : undefined),
  },
  foreignReporterGroups: sumAt("ExternalInformationFacts", "reporterVisits", countAt("groups")),
  overseasProjects: rowsOf("OverseasFacts", "projects"),
  overseasEvents: rowsOf("OverseasFacts", "events"),
  awardsGiven: { facts: "AwardFacts", rows: "awards", of: awardees },
  twinnings: rowsOf("PeopleFacts", "partnerships", oneOf("twinning", "friendship-association")),
  documentsIssued: rowsOf("DirectionFacts", "issued"),
  trainingCourses: rowsOf("OrganisationFacts", "trainings"),
  trainees: sumAt("OrganisationFacts", "trainings", countAt("participants")),
};

/**
 * The figure the rows give for one indicator of the facts `objectId` (undefined: none offered).
 * `documentDates`: the period the document reports on.
 */
export function indicatorFigure(
  objectId: string | undefined,
  indicator: unknown,
  facts: Obj,
  documentDates: Dates | undefined,
): number | undefined {
  if (!indicator || typeof indicator !== "object") return undefined;
  const ind = indicator as Obj;
  const def =
    typeof ind.key === "string" && Object.hasOwn(INDICATOR_TOTALS, ind.key)
      ? INDICATOR_TOTALS[ind.key as IndicatorKey]
      : undefined;
  if (!def || def.facts !== objectId || ind.place !== undefined) return undefined;
  const q = (ind.count as Obj | undefined)?.qualifier;
  if (q !== undefined && q !== "exact") return undefined;
  if (ind.period === undefined) return def.of(facts, documentDates);
  const own = datesOf(ind.period);
  return def.dated && own ? def.of(facts, own) : undefined;
}
