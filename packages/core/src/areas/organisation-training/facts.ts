/** Organisation, training and inspection (kiện toàn bộ máy, đào tạo, bồi dưỡng, thanh tra). */
import * as z from "zod";
import { Event } from "../../model/facts";
import { common, list } from "../common";

export const OrganisationFacts = z
  .strictObject({
    ...common,
    trainings: list(Event),
  })
  .meta({ id: "OrganisationFacts" });
export type OrganisationFacts = z.infer<typeof OrganisationFacts>;
