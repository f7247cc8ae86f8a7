/**
 * The area labels of one language merged into the parts of a label table: titles and short
 * names by area id, and the fields and rows the areas add. The key types are derived from the
 * areas' own label files, so the whole table is checked against every field of the model.
 */
import type { FieldLabel } from "../labels/types";
import { AREA_IDS, type AreaId } from "../model/constants";
import type { AreaLabelShape } from "./types";

type FieldsOf<M extends Record<AreaId, AreaLabelShape>> = { [K in AreaId]: keyof M[K]["fields"] }[AreaId];
type RowKeysOf<M extends Record<AreaId, AreaLabelShape>> = {
  [K in AreaId]: keyof NonNullable<M[K]["rows"]>;
}[AreaId];

export interface AreaLabelParts<M extends Record<AreaId, AreaLabelShape>> {
  titles: Record<AreaId, string>;
  shorts: Record<AreaId, string>;
  fields: Record<FieldsOf<M>, FieldLabel>;
  rows: Record<RowKeysOf<M>, string>;
}

export function areaLabelParts<M extends Record<AreaId, AreaLabelShape>>(m: M): AreaLabelParts<M> {
  const titles: Partial<Record<AreaId, string>> = {};
  const shorts: Partial<Record<AreaId, string>> = {};
  const fields: Record<string, FieldLabel> = {};
  const rows: Record<string, string> = {};
  for (const id of AREA_IDS) {
    const a: AreaLabelShape = m[id];
    titles[id] = a.title;
    shorts[id] = a.short;
    Object.assign(fields, a.fields);
    if (a.rows) Object.assign(rows, a.rows);
  }
  // Every id was filled by the loop over AREA_IDS; the field and row keys are those of `m`.
  return { titles, shorts, fields, rows } as AreaLabelParts<M>;
}
