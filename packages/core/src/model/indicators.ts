/**
 * Known indicators (`INDICATORS`): each area lists its own in `areas/<id>/indicators.ts`, and the
 * catalogue is derived in `areas/indicators.ts`. This module keeps the catalogue's import path.
 */
export {
  AREA_INDICATORS,
  INDICATOR_KEYS,
  INDICATORS,
  type IndicatorDef,
  type IndicatorKey,
  isIndicatorKey,
} from "../areas/indicators";
