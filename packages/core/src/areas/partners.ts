/**
 * Partners listed with their level and country, as documents count them: "kết nghĩa với 03 tỉnh,
 * 12 huyện của Lào", "quan hệ hợp tác với 02 tỉnh của Trung Quốc (Quảng Tây, Vân Nam)". One type
 * for every area that lists partners (people-to-people, international agreements, economic
 * diplomacy, cultural diplomacy, foreign NGO aid): a group of partners of one level and one country, counted as stated or
 * by their names.
 */
import * as z from "zod";
import { PartnershipKind } from "../model/facts";
import { Count, Line } from "../model/values";
import { list } from "./common";

/** The level of a partner: a country, a province, a district, a commune or village (xã, bản), an organisation. */
export const PartnerLevel = z
  .enum(["country", "province", "district", "commune", "organisation"])
  .meta({ id: "PartnerLevel" });
export type PartnerLevel = z.infer<typeof PartnerLevel>;

/**
 * Partners of one level in one country: `count` as stated ("03 tỉnh"; its unit names the level
 * as the document does: "bản"), else the number of `names`; `kind` the relation (kết nghĩa, hữu
 * nghị…) where the area names one.
 */
export const Partner = z
  .strictObject({
    level: PartnerLevel,
    count: Count.optional(),
    names: z.array(Line).max(500).optional(),
    country: Line.optional(),
    kind: PartnershipKind.optional(),
  })
  .meta({ id: "Partner" });
export type Partner = z.infer<typeof Partner>;

/** The partners an area lists, by level and country. */
export const partnerList = () => list(Partner, 200);
