/**
 * A place attached to a fact, as documents write it after the fact: "tại Hà Nội", "qua cửa khẩu
 * quốc tế Hữu Nghị" (`Place` of core: the word from `ENUM_PHRASES.PlaceRelation`, "tại" when
 * none is given).
 */
import { ENUM_PHRASES, type Place } from "@doingoai/core";
import { stripEnd } from "./phrase";

/** "tại Hà Nội", "qua cửa khẩu quốc tế Hữu Nghị"; "" when there is no place. */
export function describePlace(place: Place | undefined): string {
  if (place === undefined) return "";
  return `${ENUM_PHRASES.PlaceRelation[place.relation ?? "at"]} ${stripEnd(place.name.trim())}`;
}

/** `text` followed by its place: "87 lượt người nước ngoài đến địa phương qua cửa khẩu Chi Ma". */
export function withPlace(text: string, place: Place | undefined): string {
  const where = describePlace(place);
  return where === "" ? text : `${text} ${where}`;
}
