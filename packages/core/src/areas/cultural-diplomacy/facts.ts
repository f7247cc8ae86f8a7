/** Cultural diplomacy (ngoại giao văn hóa): festivals, exchanges, promotion. */
import * as z from "zod";
import { Event } from "../../model/facts";
import { common, list } from "../common";
import { partnerList } from "../partners";

export const CulturalFacts = z
  .strictObject({
    ...common,
    events: list(Event),
    /** Foreign partners by level and country ("giao lưu văn hóa với 03 huyện của Lào"). */
    partnersByLevel: partnerList(),
  })
  .meta({ id: "CulturalFacts" });
export type CulturalFacts = z.infer<typeof CulturalFacts>;
