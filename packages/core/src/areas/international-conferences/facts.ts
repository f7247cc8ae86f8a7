/** International conferences and workshops (hội nghị, hội thảo quốc tế). */
import * as z from "zod";
import { Event } from "../../model/facts";
import { common, list } from "../common";

export const ConferenceFacts = z
  .strictObject({
    ...common,
    conferences: list(Event),
  })
  .meta({ id: "ConferenceFacts" });
export type ConferenceFacts = z.infer<typeof ConferenceFacts>;
