/** Consolidation (tổng hợp): many units' reports into the receiving body's report, every figure traced. */
export { consolidate } from "./consolidate";
export { combineQualifiers, moneyMeaning, notSummable } from "./figures";
export { CONSOLIDATION_MESSAGES, CONSOLIDATION_MESSAGES_EN, CONSOLIDATION_MESSAGES_VI } from "./messages";
export { reportFromRequest, requestOf } from "./request";
export type * from "./types";
export { indexUnits, type UnitIndex, validateUnits } from "./units";
