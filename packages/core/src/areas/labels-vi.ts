/** The Vietnamese labels of every area, by area id (see `areas/<id>/labels.ts`). */
import type { AreaId } from "../model/constants";
import { vi as awards } from "./awards/labels";
import { vi as consular } from "./consular/labels";
import { vi as culturalDiplomacy } from "./cultural-diplomacy/labels";
import { vi as delegations } from "./delegations/labels";
import { vi as direction } from "./direction/labels";
import { vi as economicDiplomacy } from "./economic-diplomacy/labels";
import { vi as externalInformation } from "./external-information/labels";
import { vi as internationalAgreements } from "./international-agreements/labels";
import { vi as internationalConferences } from "./international-conferences/labels";
import { vi as ngoAid } from "./ngo-aid/labels";
import { vi as organisationTraining } from "./organisation-training/labels";
import { vi as overseasVietnamese } from "./overseas-vietnamese/labels";
import { vi as peopleToPeople } from "./people-to-people/labels";
import type { AreaLabelShape } from "./types";

export const AREA_LABELS_VI = {
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
