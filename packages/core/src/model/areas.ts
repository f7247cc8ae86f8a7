/**
 * The areas of foreign-affairs work (lĩnh vực, GLOSSARY.md): the standard ones are folders of
 * `src/areas/` (see its index), combined here into the `Areas` object of a report; and the
 * custom areas a unit adds of its own.
 */
import * as z from "zod";
import { AREA_FACTS, type AreaFacts, type AreaFactsMap, areasShape } from "../areas";
import { common, list } from "../areas/common";
import { answerOf } from "./answer";
import { AREA_IDS } from "./constants";
import { DelegationTotals, Event, FreeTable, Ranking } from "./facts";
import { Citation, Line } from "./values";

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
} from "../areas";
export { AREA_FACTS, AREA_IDS, type AreaFacts, type AreaFactsMap };
export const AreaId = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof AreaId>;

/** A reference to an area: a standard id or `custom:<id>` of a custom area. */
export const AreaRef = z
  .string()
  .regex(/^(custom:[a-z0-9][a-z0-9-]{0,63}|[a-z][a-z-]+)$/)
  .meta({ id: "AreaRef" });
export type AreaRef = z.infer<typeof AreaRef>;

/** Facts of a custom area or a notice item: indicators, citations, rankings, a free table. */
export const GeneralFacts = z
  .strictObject({
    ...common,
    delegationTotals: z
      .strictObject({ outbound: DelegationTotals.optional(), inbound: DelegationTotals.optional() })
      .optional(),
    rankings: list(Ranking, 100),
    events: list(Event),
    issued: list(Citation, 500),
    table: FreeTable.optional(),
  })
  .meta({ id: "GeneralFacts" });

/** The answers of the standard areas; a missing key is "not answered yet". Derived from `AREA_FACTS`. */
export const Areas = z.strictObject(areasShape()).meta({ id: "Areas" });
export type Areas = z.infer<typeof Areas>;

/** The answer of a section that holds narrative and general facts. */
export const SectionAnswer = answerOf(GeneralFacts, "Section");
export type SectionAnswer = z.infer<typeof SectionAnswer>;

/** A custom area named by plans and notices (`custom:<id>` in their `areas`). */
export const CustomAreaName = z
  .strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), title: Line })
  .meta({ id: "CustomAreaName" });

/** An area a unit adds of its own (border affairs, Party external relations, security…). */
export const CustomArea = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    title: Line,
    answer: SectionAnswer,
  })
  .meta({ id: "CustomArea" });
export type CustomArea = z.infer<typeof CustomArea>;
