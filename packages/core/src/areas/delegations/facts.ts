/**
 * Outbound and inbound delegations (đoàn ra, đoàn vào): rows, stated totals of each direction and
 * of both ways together (`exchanged`: "trao đổi 87 đoàn với 640 lượt người", not split into
 * outbound and inbound), the same period of the previous year.
 */
import * as z from "zod";
import { Delegation, DelegationTotals } from "../../model/facts";
import { common, list } from "../common";

/** Stated totals: of each direction, and of the delegations exchanged both ways as one figure. */
const Totals = () =>
  z
    .strictObject({
      outbound: DelegationTotals.optional(),
      inbound: DelegationTotals.optional(),
      exchanged: DelegationTotals.optional(),
    })
    .optional();

export const DelegationFacts = z
  .strictObject({
    ...common,
    delegations: list(Delegation, 5000),
    totals: Totals(),
    previousTotals: Totals(),
    previousYear: z.number().int().min(1900).max(2200).optional(),
  })
  .meta({ id: "DelegationFacts" });
export type DelegationFacts = z.infer<typeof DelegationFacts>;
