/**
 * Field labels in Vietnamese and English, and the lookup that names a field by its path in a
 * document ("Đoàn ra, đoàn vào › đoàn thứ 3 › Số thành viên đoàn").
 */

import { MODEL_IR } from "../generated/ir";
import { type Lang, languagePack } from "../i18n";
import type { AreaId } from "../model/areas";
import type { Document } from "../model/document";
import { resolveNode } from "../schema/ir";
import type { EnumId, EnumValueMap, EnumWords, FieldKey, FieldLabel, LabelTable } from "./types";
import { vi } from "./vi";

export { ENUM_PHRASES } from "./enums-vi";
export type { EnumId, EnumValueMap, EnumWords, FieldKey, FieldLabel, LabelTable, Lang };
export { resolveNode };

/** The label table of a language (Vietnamese when that language is not loaded). */
export function labelTable(lang: Lang = "vi"): LabelTable {
  return lang === "vi" ? vi : languagePack(lang).labels;
}

function text(l: FieldLabel | undefined): string | undefined {
  return l === undefined ? undefined : typeof l === "string" ? l : l.label;
}

/** The label of `key` in the object whose schema id is `objectId` (falls back to the key's general label). */
export function fieldLabel(key: string, objectId?: string, lang: Lang = "vi"): string {
  return fieldLabelIn(labelTable(lang), key, objectId);
}

/** The label of `key` in the object `objectId`, read from a given label table. */
export function fieldLabelIn(t: LabelTable, key: string, objectId?: string): string {
  const own = objectId ? t.byObject[objectId]?.[key as FieldKey] : undefined;
  return text(own) ?? text(t.fields[key as FieldKey]) ?? key;
}

/** The hint shown under a form field, when the label table has one. */
export function fieldHint(key: string, objectId?: string, lang: Lang = "vi"): string | undefined {
  const t = labelTable(lang);
  const own = objectId ? t.byObject[objectId]?.[key as FieldKey] : undefined;
  const l = own ?? t.fields[key as FieldKey];
  return l !== undefined && typeof l !== "string" ? l.hint : undefined;
}

/**
 * The label of an enum value (a form option) by the enum's schema id: `enumLabel("ReportingFrequency",
 * "year")` is "Hằng năm", `enumLabel("PeriodSpan", "year")` "Năm". Values of enums that are the
 * document's own words (`CitationKind`, `BasisVerb`), and unknown ones, are returned as they are.
 */
export function enumLabel(enumId: string | undefined, value: string, lang: Lang = "vi"): string {
  const table: Readonly<Record<string, Readonly<Record<string, string>>>> = labelTable(lang).enums;
  const values = enumId !== undefined && Object.hasOwn(table, enumId) ? table[enumId]! : undefined;
  return values && Object.hasOwn(values, value) ? values[value]! : value;
}

export function areaLabel(area: AreaId, lang: Lang = "vi"): string {
  return labelTable(lang).areas[area];
}

export function kindLabel(kind: Document["kind"], lang: Lang = "vi"): string {
  return labelTable(lang).kinds[kind];
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
  const t = labelTable(lang);
  const ir = MODEL_IR;
  const steps: PathStep[] = [];
  let node: number | undefined = ir.roots.Document;
  let data: unknown = doc;
  let lastKey: string | undefined;
  for (const raw of path) {
    const key = typeof raw === "symbol" ? String(raw) : raw;
    if (node !== undefined) node = resolveNode(ir, node, data);
    const n = node !== undefined ? ir.nodes[node] : undefined;
    if (typeof key === "number") {
      const tpl = (lastKey && t.rows[lastKey as FieldKey]) || t.rows.default;
      steps.push({ key, label: tpl.replace("{n}", String(key + 1)) });
      node = n?.t === "array" ? n.of : undefined;
    } else {
      const objectId = n?.t === "object" ? n.id : undefined;
      const label =
        objectId === "Areas" && key in t.areas ? t.areas[key as AreaId] : fieldLabel(key, objectId, lang);
      steps.push({ key, label, ...(objectId ? { objectId } : {}) });
      node = n?.t === "object" ? n.of[n.keys.indexOf(key)] : undefined;
      lastKey = key;
    }
    data = data && typeof data === "object" ? (data as Record<string | number, unknown>)[key] : undefined;
  }
  return steps;
}
