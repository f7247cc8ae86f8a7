/** Outbound and inbound delegations (đoàn ra, đoàn vào): rows, stated totals, the same period of the previous year. */
import * as z from "zod";
import { Delegation, DelegationTotals } from "../../model/facts";
import { common, list } from "../common";

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
export type DelegationFacts = z.infer<typeof DelegationFacts>;
