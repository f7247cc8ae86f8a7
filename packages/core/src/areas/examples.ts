/**
 * A worked example of each standard area's facts, by area id: each area folder's `example.ts`
 * (`export const example: AreaFacts<"<id>">`), registered here. `satisfies` makes a missing area
 * a type error and types each example by its own area. The constructed fixture `AREAS_REPORT`
 * (`fixtures/constructed.ts`) fills every area of a report with these, so that every area has
 * facts that render (render's coverage test).
 */
import type { AreaId } from "../model/constants";
import { example as awards } from "./awards/example";
import { example as consular } from "./consular/example";
import { example as culturalDiplomacy } from "./cultural-diplomacy/example";
import { example as delegations } from "./delegations/example";
import { example as direction } from "./direction/example";
import { example as economicDiplomacy } from "./economic-diplomacy/example";
import { example as externalInformation } from "./external-information/example";
import type { AreaFactsMap } from "./index";
import { example as internationalAgreements } from "./international-agreements/example";
import { example as internationalConferences } from "./international-conferences/example";
import { example as ngoAid } from "./ngo-aid/example";
import { example as organisationTraining } from "./organisation-training/example";
import { example as overseasVietnamese } from "./overseas-vietnamese/example";
import { example as peopleToPeople } from "./people-to-people/example";

export const AREA_EXAMPLES = {
  delegations,
  "international-agreements": internationalAgreements,
  "international-conferences": internationalConferences,
  "economic-diplomacy": economicDiplomacy,
  "ngo-aid": ngoAid,
  "cultural-diplomacy": culturalDiplomacy,
  "external-information": externalInformation,
  consular,
  "overseas-vietnamese": overseasVietnamese,
  awards,
  "people-to-people": peopleToPeople,
  direction,
  "organisation-training": organisationTraining,
} as const satisfies { readonly [K in AreaId]: AreaFactsMap[K] };
