/** Overseas Vietnamese (người Việt Nam ở nước ngoài): events, projects they invest in. */
import * as z from "zod";
import { Event, InvestmentProject } from "../../model/facts";
import { common, list } from "../common";

export const OverseasFacts = z
  .strictObject({
    ...common,
    events: list(Event),
    projects: list(InvestmentProject),
  })
  .meta({ id: "OverseasFacts" });
export type OverseasFacts = z.infer<typeof OverseasFacts>;
