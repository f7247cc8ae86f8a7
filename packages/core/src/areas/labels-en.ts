/** The English labels of every area, by area id (see `areas/<id>/labels.ts`). */
import type { AreaId } from "../model/constants";
import { en as awards } from "./awards/labels";
import { en as consular } from "./consular/labels";
import { en as culturalDiplomacy } from "./cultural-diplomacy/labels";
import { en as delegations } from "./delegations/labels";
import { en as direction } from "./direction/labels";
import { en as economicDiplomacy } from "./economic-diplomacy/labels";
import { en as externalInformation } from "./external-information/labels";
import { en as internationalAgreements } from "./international-agreements/labels";
import { en as internationalConferences } from "./international-conferences/labels";
import { en as ngoAid } from "./ngo-aid/labels";
import { en as organisationTraining } from "./organisation-training/labels";
import { en as overseasVietnamese } from "./overseas-vietnamese/labels";
import { en as peopleToPeople } from "./people-to-people/labels";
import type { AreaLabelShape } from "./types";

export const AREA_LABELS_EN = {
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
} as const satisfies Record<AreaId, AreaLabelShape>;
