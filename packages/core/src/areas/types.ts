/**
 * The labels an area folder brings (`areas/<id>/labels.ts`): its title (the heading of its
 * section), its short name (its key in the path of a field), the labels of the fields only its
 * facts have, and the row names of their lists. English is typed from Vietnamese: a key missing
 * from either language is a type error.
 */
import type { FieldLabel } from "../labels/types";

export interface AreaLabelShape {
  readonly title: string;
  readonly short: string;
  readonly fields: { readonly [key: string]: FieldLabel };
  readonly rows?: { readonly [key: string]: string };
}

type RowsOf<V> = V extends { readonly rows: infer R }
  ? { readonly rows: { readonly [K in keyof R]: string } }
  : unknown;

/** The labels of an area; `AreaLabels<typeof vi>` is the same keys as the Vietnamese table. */
export type AreaLabels<V extends AreaLabelShape = AreaLabelShape> = AreaLabelShape extends V
  ? AreaLabelShape
  : {
      readonly title: string;
      readonly short: string;
      readonly fields: { readonly [K in keyof V["fields"]]: FieldLabel };
    } & RowsOf<V>;

/** A known indicator of an area (`areas/<id>/indicators.ts`): its unit and the phrase written after the count. */
export interface AreaIndicatorDef {
  readonly unit: string;
  /** The Vietnamese phrase after the count: "{count} {vi}" → "87 lượt người nước ngoài đến địa phương". */
  readonly vi: string;
  readonly en: string;
}

/** The known indicators of one area, by indicator key. */
export type AreaIndicators = { readonly [key: string]: AreaIndicatorDef };
