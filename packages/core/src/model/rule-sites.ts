/**
 * Rules on the schema: a cross-field rule is attached to the schema node it checks, not to the
 * key an object sits under. `withRules(Period, "fromBeforeTo")` makes every `Period` of every
 * document kind — wherever it is placed, under whatever key — get the from ≤ to check. The
 * attachments are compiled into the model IR (`rules` of an object node), which the validator
 * walks (see `rules/walk.ts`).
 */
import * as z from "zod";
import type { ObjectRuleName } from "../rules/names";

/** Schema node → the names of the rules attached to it (a registry of its own: not in the JSON Schema). */
export const RULE_SITES = z.registry<{ rules: readonly ObjectRuleName[] }>();

/** Attach rules to a schema node; returns the same node. */
export function withRules<T extends z.ZodType>(schema: T, ...rules: ObjectRuleName[]): T {
  RULE_SITES.add(schema, { rules: [...(RULE_SITES.get(schema)?.rules ?? []), ...rules] });
  return schema;
}
