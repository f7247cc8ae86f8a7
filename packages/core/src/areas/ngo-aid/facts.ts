/** Foreign non-governmental aid (viện trợ phi chính phủ nước ngoài): projects, committed and received totals. */
import * as z from "zod";
import { AidProject } from "../../model/facts";
import { Money } from "../../model/values";
import { common, list } from "../common";

export const NgoAidFacts = z
  .strictObject({
    ...common,
    projects: list(AidProject, 5000),
    totals: z.strictObject({ committed: Money.optional(), received: Money.optional() }).optional(),
  })
  .meta({ id: "NgoAidFacts" });
export type NgoAidFacts = z.infer<typeof NgoAidFacts>;
