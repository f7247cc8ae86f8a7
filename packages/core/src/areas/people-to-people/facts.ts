/** People-to-people diplomacy (đối ngoại nhân dân): twinnings, friendship associations, exchanges. */
import * as z from "zod";
import { Event, Partnership } from "../../model/facts";
import { common, list } from "../common";
import { partnerList } from "../partners";

export const PeopleFacts = z
  .strictObject({
    ...common,
    partnerships: list(Partnership),
    partnersByLevel: partnerList(),
    events: list(Event),
  })
  .meta({ id: "PeopleFacts" });
export type PeopleFacts = z.infer<typeof PeopleFacts>;
