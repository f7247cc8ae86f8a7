/** Awards (khen thưởng) of state or provincial level. */
import * as z from "zod";
import { Award } from "../../model/facts";
import { common, list } from "../common";

export const AwardFacts = z
  .strictObject({
    ...common,
    awards: list(Award),
  })
  .meta({ id: "AwardFacts" });
export type AwardFacts = z.infer<typeof AwardFacts>;
