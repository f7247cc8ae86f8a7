/**
 * The standard areas of foreign-affairs work (lĩnh vực, GLOSSARY.md) as a typed map: each area
 * is a folder `areas/<id>/` (facts schema, labels, rules), and every area list of the model is
 * derived from the maps here: the `Areas` object of a report body, the facts type of each area
 * (`AreaFactsMap`), the label tables (`labels-vi.ts`, `labels-en.ts`), the area rules (`rules.ts`).
 * Each map is `satisfies Record<AreaId, …>`: an area left out or added twice is a type error.
 * Add an area with `node packages/core/scripts/new-area.mjs <id>`.
 */
import type * as z from "zod";
import { answerOf } from "../model/answer";
import { AREA_IDS, type AreaId } from "../model/constants";
import { AwardFacts } from "./awards/facts";
import { ConsularFacts } from "./consular/facts";
import { CulturalFacts } from "./cultural-diplomacy/facts";
import { DelegationFacts } from "./delegations/facts";
import { DirectionFacts } from "./direction/facts";
import { EconomicFacts } from "./economic-diplomacy/facts";
import { ExternalInformationFacts } from "./external-information/facts";
import { AgreementFacts } from "./international-agreements/facts";
import { ConferenceFacts } from "./international-conferences/facts";
import { NgoAidFacts } from "./ngo-aid/facts";
import { OrganisationFacts } from "./organisation-training/facts";
import { OverseasFacts } from "./overseas-vietnamese/facts";
import { PeopleFacts } from "./people-to-people/facts";

/** The facts schema of each standard area, in the order of `AREA_IDS`. */
export const AREA_FACTS = {
  delegations: DelegationFacts,
  "international-agreements": AgreementFacts,
  "international-conferences": ConferenceFacts,
  "economic-diplomacy": EconomicFacts,
  "ngo-aid": NgoAidFacts,
  "cultural-diplomacy": CulturalFacts,
  "external-information": ExternalInformationFacts,
  consular: ConsularFacts,
  "overseas-vietnamese": OverseasFacts,
  awards: AwardFacts,
  "people-to-people": PeopleFacts,
  direction: DirectionFacts,
  "organisation-training": OrganisationFacts,
} as const satisfies Record<AreaId, z.ZodType>;

/** Area id → the type of its facts (what a content answer of that area carries). */
export type AreaFactsMap = { [K in AreaId]: z.output<(typeof AREA_FACTS)[K]> };
/** The facts of the standard area `K`. */
export type AreaFacts<K extends AreaId> = AreaFactsMap[K];

/** The id of an area's answer schemas: "ngo-aid" → "NgoAid" (NgoAidAnswer, NgoAidContent). */
export const answerIdOf = (id: AreaId): string =>
  id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

/** The answer schema `answerOf` builds for facts `F`. */
type AnswerSchema<F extends z.ZodType> = ReturnType<typeof answerOf<F>>;
type AreasShape = { [K in AreaId]: z.ZodOptional<AnswerSchema<(typeof AREA_FACTS)[K]>> };

/** The shape of the `Areas` object: each area's three-state answer, optional. */
export function areasShape(): AreasShape {
  const shape: Partial<Record<AreaId, z.ZodType>> = {};
  for (const id of AREA_IDS) shape[id] = answerOf(AREA_FACTS[id], answerIdOf(id)).optional();
  // Filled for every id of AREA_IDS, each with the answer of its own facts.
  return shape as AreasShape;
}

export {
  AgreementFacts,
  AwardFacts,
  ConferenceFacts,
  ConsularFacts,
  CulturalFacts,
  DelegationFacts,
  DirectionFacts,
  EconomicFacts,
  ExternalInformationFacts,
  NgoAidFacts,
  OrganisationFacts,
  OverseasFacts,
  PeopleFacts,
};
