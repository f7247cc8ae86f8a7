/**
 * Types of the facts of each area, derived from the core model (core exports the schemas, and
 * these are the types its `z.infer` gives for the content answer of each area).
 */
import type { PlanDocument, ReportDocument, SectionAnswer } from "@doingoai/core";

type ReportAreas = ReportDocument["body"]["areas"];
type ContentOf<A> = Extract<NonNullable<A>, { answer: "content" }>;

/** The facts of a standard area's content answer. */
export type FactsOf<K extends keyof ReportAreas> = NonNullable<ContentOf<ReportAreas[K]>["facts"]>;

export type DelegationFacts = FactsOf<"delegations">;
export type AgreementFacts = FactsOf<"international-agreements">;
export type ConferenceFacts = FactsOf<"international-conferences">;
export type EconomicFacts = FactsOf<"economic-diplomacy">;
export type NgoAidFacts = FactsOf<"ngo-aid">;
export type CulturalFacts = FactsOf<"cultural-diplomacy">;
export type ExternalInformationFacts = FactsOf<"external-information">;
export type ConsularFacts = FactsOf<"consular">;
export type OverseasFacts = FactsOf<"overseas-vietnamese">;
export type AwardFacts = FactsOf<"awards">;
export type PeopleFacts = FactsOf<"people-to-people">;
export type DirectionFacts = FactsOf<"direction">;
export type OrganisationFacts = FactsOf<"organisation-training">;
/** Facts of a custom area, a plan item or a notice item. */
export type GeneralFacts = NonNullable<ContentOf<SectionAnswer>["facts"]>;

/** A plan's reporting duty (who reports to whom, how often). */
export type ReportingDuty = NonNullable<PlanDocument["body"]["implementation"][number]["reporting"]>;
