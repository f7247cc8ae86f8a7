/** Cultural diplomacy (ngoại giao văn hóa): festivals, exchanges, promotion. */
import * as z from "zod";
import { Event } from "../../model/facts";
import { common, list } from "../common";

export const CulturalFacts = z
  .strictObject({
    ...common,
    events: list(Event),
  })
  .meta({ id: "CulturalFacts" });
export type CulturalFacts = z.infer<typeof CulturalFacts>;
