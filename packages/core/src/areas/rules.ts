/** The cross-field rules an area folder brings (`areas/<id>/rules.ts`), by area id. */
import type { AreaId } from "../model/constants";
import type { Rule } from "../rules/context";
import { rules as delegations } from "./delegations/rules";

export const AREA_RULES = {
  delegations,
} as const satisfies Partial<Record<AreaId, Readonly<Record<string, Rule>>>>;
