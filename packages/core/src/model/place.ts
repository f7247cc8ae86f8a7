/**
 * A place attached to a fact, as documents attach it: "tại Hà Nội", "qua cửa khẩu quốc tế Hữu
 * Nghị". One type for every fact that carries a place (a delegation, an indicator): the place's
 * name as written, and the word that ties it to the fact.
 */
import * as z from "zod";
import { Line } from "./values";

/** How the place ties to the fact: `at` "tại" (where it happened), `via` "qua" (a border gate, a route). */
export const PlaceRelation = z.enum(["at", "via"]).meta({ id: "PlaceRelation" });
export type PlaceRelation = z.infer<typeof PlaceRelation>;

/** A place: "tại Hà Nội" is `{ name: "Hà Nội" }`; "qua cửa khẩu quốc tế Hữu Nghị" is `{ relation: "via", name: "cửa khẩu quốc tế Hữu Nghị" }`. */
export const Place = z
  .strictObject({
    relation: PlaceRelation.optional(),
    name: Line,
  })
  .meta({ id: "Place" });
export type Place = z.infer<typeof Place>;
