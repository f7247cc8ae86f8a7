/**
 * The areas of foreign-affairs work (lĩnh vực, GLOSSARY.md), each with its typed facts,
 * and the custom areas a unit adds of its own.
 */
import * as z from "zod";
import { answerOf } from "./answer";
import { AREA_IDS } from "./constants";
import {
  Agreement,
  AidProject,
  Award,
  Delegation,
  DelegationTotals,
  Event,
  FreeTable,
  Indicator,
  InvestmentProject,
  Partnership,
  Ranking,
  ReporterVisit,
} from "./facts";
import { Citation, Line, Money } from "./values";

export { AREA_IDS };
export const AreaId = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof AreaId>;

/** A reference to an area: a standard id or `custom:<id>` of a custom area. */
export const AreaRef = z
  .string()
  .regex(/^(custom:[a-z0-9][a-z0-9-]{0,63}|[a-z][a-z-]+)$/)
  .meta({ id: "AreaRef" });
export type AreaRef = z.infer<typeof AreaRef>;

const list = <T extends z.ZodType>(t: T, max = 1000) => z.array(t).max(max).optional();

/** What every area's facts may carry: indicators and the texts it cites. */
const common = {
  indicators: list(Indicator, 200),
  citations: list(Citation, 500),
};

export const DirectionFacts = z
  .strictObject({ ...common, issued: list(Citation, 500) })
  .meta({ id: "DirectionFacts" });

export const DelegationFacts = z
  .strictObject({
    ...common,
    delegations: list(Delegation, 5000),
    totals: z
      .strictObject({ outbound: DelegationTotals.optional(), inbound: DelegationTotals.optional() })
      .optional(),
    previousTotals: z
      .strictObject({ outbound: DelegationTotals.optional(), inbound: DelegationTotals.optional() })
      .optional(),
    previousYear: z.number().int().min(1900).max(2200).optional(),
  })
  .meta({ id: "DelegationFacts" });

export const AgreementFacts = z
  .strictObject({ ...common, agreements: list(Agreement) })
  .meta({ id: "AgreementFacts" });

export const ConferenceFacts = z
  .strictObject({ ...common, conferences: list(Event) })
  .meta({ id: "ConferenceFacts" });

export const EconomicFacts = z
  .strictObject({
    ...common,
    projects: list(InvestmentProject),
    labourMarkets: list(Line, 100),
    exportImport: Money.optional(),
    events: list(Event),
  })
  .meta({ id: "EconomicFacts" });

export const NgoAidFacts = z
  .strictObject({
    ...common,
    projects: list(AidProject, 5000),
    totals: z.strictObject({ committed: Money.optional(), received: Money.optional() }).optional(),
  })
  .meta({ id: "NgoAidFacts" });

export const CulturalFacts = z.strictObject({ ...common, events: list(Event) }).meta({ id: "CulturalFacts" });

export const ExternalInformationFacts = z
  .strictObject({ ...common, reporterVisits: list(ReporterVisit), events: list(Event) })
  .meta({ id: "ExternalInformationFacts" });

export const ConsularFacts = z.strictObject({ ...common }).meta({ id: "ConsularFacts" });

export const OverseasFacts = z
  .strictObject({ ...common, events: list(Event), projects: list(InvestmentProject) })
  .meta({ id: "OverseasFacts" });

export const AwardFacts = z.strictObject({ ...common, awards: list(Award) }).meta({ id: "AwardFacts" });

export const PeopleFacts = z
  .strictObject({ ...common, partnerships: list(Partnership), events: list(Event) })
  .meta({ id: "PeopleFacts" });

export const OrganisationFacts = z
  .strictObject({ ...common, trainings: list(Event) })
  .meta({ id: "OrganisationFacts" });

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

/** The answers of the standard areas; a missing key is "not answered yet". */
export const Areas = z
  .strictObject({
    delegations: answerOf(DelegationFacts, "Delegations").optional(),
    "international-agreements": answerOf(AgreementFacts, "InternationalAgreements").optional(),
    "international-conferences": answerOf(ConferenceFacts, "InternationalConferences").optional(),
    "economic-diplomacy": answerOf(EconomicFacts, "EconomicDiplomacy").optional(),
    "ngo-aid": answerOf(NgoAidFacts, "NgoAid").optional(),
    "cultural-diplomacy": answerOf(CulturalFacts, "CulturalDiplomacy").optional(),
    "external-information": answerOf(ExternalInformationFacts, "ExternalInformation").optional(),
    consular: answerOf(ConsularFacts, "Consular").optional(),
    "overseas-vietnamese": answerOf(OverseasFacts, "OverseasVietnamese").optional(),
    awards: answerOf(AwardFacts, "Awards").optional(),
    "people-to-people": answerOf(PeopleFacts, "PeopleToPeople").optional(),
    direction: answerOf(DirectionFacts, "Direction").optional(),
    "organisation-training": answerOf(OrganisationFacts, "OrganisationTraining").optional(),
  } satisfies Record<AreaId, z.ZodType>)
  .meta({ id: "Areas" });
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
