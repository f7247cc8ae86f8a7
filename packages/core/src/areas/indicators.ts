/**
 * Known indicators: the quantities that recur in each area, with their unit and the phrase a
 * clerk writes around the count. Each area lists its own in `areas/<id>/indicators.ts`; the map
 * here registers them (`satisfies Record<AreaId, …>`) and the catalogue `INDICATORS` is derived
 * from it, in the order of `AREA_IDS`, each entry with the area it comes from (`area`, its usual
 * home; a document may report it under another area: seed 000 counts festivals under external
 * information). A portal sums indicators with the same key across units; an indicator without a
 * key needs a label. Keys are unique across areas (`core/test/areas.test.ts`).
 */
import { AREA_IDS, type AreaId } from "../model/constants";
import { indicators as awards } from "./awards/indicators";
import { indicators as consular } from "./consular/indicators";
import { indicators as culturalDiplomacy } from "./cultural-diplomacy/indicators";
import { indicators as delegations } from "./delegations/indicators";
import { indicators as direction } from "./direction/indicators";
import { indicators as economicDiplomacy } from "./economic-diplomacy/indicators";
import { indicators as externalInformation } from "./external-information/indicators";
import { indicators as internationalAgreements } from "./international-agreements/indicators";
import { indicators as internationalConferences } from "./international-conferences/indicators";
import { indicators as ngoAid } from "./ngo-aid/indicators";
import { indicators as organisationTraining } from "./organisation-training/indicators";
import { indicators as overseasVietnamese } from "./overseas-vietnamese/indicators";
import { indicators as peopleToPeople } from "./people-to-people/indicators";
import type { AreaIndicatorDef, AreaIndicators } from "./types";

/** The known indicators of each area, by area id. */
export const AREA_INDICATORS = {
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
} as const satisfies Record<AreaId, AreaIndicators>;

/** A known indicator: its area, its unit, the phrase after the count in Vietnamese and English. */
export interface IndicatorDef extends AreaIndicatorDef {
  area: AreaId;
}

/** The key of a known indicator, of any area. */
export type IndicatorKey = { [A in AreaId]: keyof (typeof AREA_INDICATORS)[A] & string }[AreaId];

function catalogue(): Readonly<Record<IndicatorKey, IndicatorDef>> {
  const out: Record<string, IndicatorDef> = {};
  for (const area of AREA_IDS) {
    for (const [key, def] of Object.entries<AreaIndicatorDef>(AREA_INDICATORS[area]))
      out[key] = { area, ...def };
  }
  // The loop over AREA_IDS put in every key of every area's indicators: IndicatorKey is those keys.
  return out as Record<IndicatorKey, IndicatorDef>;
}

/** The catalogue of known indicators, by key: `"{count} {vi}"` → "87 lượt người nước ngoài đến địa phương". */
export const INDICATORS = catalogue();
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}
