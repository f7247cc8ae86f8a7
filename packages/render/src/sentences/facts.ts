/**
 * Types of the facts of each area, derived from the core model (core exports the schemas, and
 * these are the types its `z.infer` gives for the content answer of each area). This is the one
 * place render derives them: the area renderers (`../areas`) are typed from `FactsOf`.
 */
import type { AreaId, PlanDocument, ReportDocument, SectionAnswer } from "@doingoai/core";

type ReportAreas = ReportDocument["body"]["areas"];
type ContentOf<A> = Extract<NonNullable<A>, { answer: "content" }>;

/** The facts of a standard area's content answer. */
export type FactsOf<K extends AreaId> = NonNullable<ContentOf<ReportAreas[K]>["facts"]>;

/** The facts of a standard area in a report, when its answer is content with facts. */
export function areaFacts<K extends AreaId>(areas: ReportAreas, area: K): FactsOf<K> | undefined {
  const answer = areas[area];
  return answer?.answer === "content" ? answer.facts : undefined;
}

/** Facts of a custom area, a plan item or a notice item. */
export type GeneralFacts = NonNullable<ContentOf<SectionAnswer>["facts"]>;

/** A plan's reporting duty (who reports to whom, how often). */
export type ReportingDuty = NonNullable<PlanDocument["body"]["implementation"][number]["reporting"]>;
