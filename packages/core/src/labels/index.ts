/**
 * Field labels in Vietnamese and English, and the lookup that names a field by its path in a
 * document ("Đoàn ra, đoàn vào › đoàn thứ 3 › Số thành viên đoàn").
 */
import { z } from "zod";
import type { AreaId } from "../model/areas";
import { Document } from "../model/document";
import { en } from "./en";
import type { FieldKey, FieldLabel, LabelTable } from "./types";
import { vi } from "./vi";

export type Lang = "vi" | "en";
export type { FieldKey, FieldLabel, LabelTable };

export const LABELS: Record<Lang, LabelTable> = { vi, en };

function text(l: FieldLabel | undefined): string | undefined {
  return l === undefined ? undefined : typeof l === "string" ? l : l.label;
}

/** The label of `key` in the object whose schema id is `objectId` (falls back to the key's general label). */
export function fieldLabel(key: string, objectId?: string, lang: Lang = "vi"): string {
  const t = LABELS[lang];
  const own = objectId ? t.byObject[objectId]?.[key as FieldKey] : undefined;
  return text(own) ?? text(t.fields[key as FieldKey]) ?? key;
}

/** The hint shown under a form field, when the label table has one. */
export function fieldHint(key: string, objectId?: string, lang: Lang = "vi"): string | undefined {
  const t = LABELS[lang];
  const own = objectId ? t.byObject[objectId]?.[key as FieldKey] : undefined;
  const l = own ?? t.fields[key as FieldKey];
  return l !== undefined && typeof l !== "string" ? l.hint : undefined;
}

export function areaLabel(area: AreaId, lang: Lang = "vi"): string {
  return LABELS[lang].areas[area];
}

export function kindLabel(kind: Document["kind"], lang: Lang = "vi"): string {
  return LABELS[lang].kinds[kind];
}

/** The id a schema carries in zod's global registry (`.meta({ id })`). */
export function schemaId(schema: z.ZodType): string | undefined {
  return (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
}

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Unwrap optional/nullable/default/pipe and pick the union branch that matches `data`. */
export function resolveSchema(schema: z.ZodType, data: unknown): z.ZodType {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(s);
    if (
      def.type === "optional" ||
      def.type === "nullable" ||
      def.type === "default" ||
      def.type === "readonly"
    )
      s = def.innerType!;
    else if (def.type === "pipe") s = def.in!;
    else if (def.type === "union") {
      const opts = def.options!;
      const d = def.discriminator;
      let pick: z.ZodType | undefined;
      if (d && data && typeof data === "object") {
        const v = (data as Record<string, unknown>)[d];
        pick = opts.find((o) => {
          const lit = defOf(o).shape?.[d];
          return (
            lit !== undefined &&
            (lit as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values?.includes(v)
          );
        });
      }
      s = pick ?? opts[0]!;
    } else return s;
  }
  return s;
}

export interface PathStep {
  key: string | number;
  /** Schema id of the object holding `key` (for label overrides). */
  objectId?: string;
  /** The label of this step ("Số thành viên đoàn", "đoàn thứ 3"). */
  label: string;
}

/**
 * Name each step of `path` in `doc`: object keys by their labels, array indexes as rows
 * ("đoàn thứ 3"), standard areas by their titles.
 */
export function describePath(path: readonly PropertyKey[], doc: unknown, lang: Lang = "vi"): PathStep[] {
  const t = LABELS[lang];
  const steps: PathStep[] = [];
  let schema: z.ZodType | undefined = Document;
  let data: unknown = doc;
  let lastKey: string | undefined;
  for (const raw of path) {
    const key = typeof raw === "symbol" ? String(raw) : raw;
    if (schema) schema = resolveSchema(schema, data);
    const def: AnyDef | undefined = schema ? defOf(schema) : undefined;
    if (typeof key === "number") {
      const tpl = (lastKey && t.rows[lastKey as FieldKey]) || t.rows.default;
      steps.push({ key, label: tpl.replace("{n}", String(key + 1)) });
      schema = def?.type === "array" ? def.element : undefined;
    } else {
      const objectId = schema ? schemaId(schema) : undefined;
      const parentIsAreas = objectId === "Areas";
      const label =
        parentIsAreas && key in t.areas ? t.areas[key as AreaId] : fieldLabel(key, objectId, lang);
      steps.push({ key, label, ...(objectId ? { objectId } : {}) });
      schema = def?.type === "object" ? def.shape?.[key] : undefined;
      lastKey = key;
    }
    data = data && typeof data === "object" ? (data as Record<string | number, unknown>)[key] : undefined;
  }
  return steps;
}
