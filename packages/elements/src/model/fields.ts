/**
 * The form model: field descriptors built by walking core's schemas, labelled by core's label
 * tables. No field list is kept by hand; the few explicit overrides (OVERRIDES, HIDDEN, DEFAULTS)
 * are where a generic widget would be wrong.
 */
import {
  type AreaId,
  areaLabel,
  fieldHint,
  fieldLabel,
  INDICATOR_KEYS,
  INDICATORS,
  type Lang,
  LIMITS,
  labelTable,
} from "@doingoai/core/ui";
import { optionLabel, shownLang, t } from "../strings/strings";
import { AREA_IDS } from "./constants";
import { currencyOptions, type Option } from "./lists";
import { isDetail } from "./main-fields";
import {
  isAnswerUnion,
  keyOf,
  limits,
  literalValues,
  nodeOf,
  type Schema,
  schemaId,
  shapeOf,
  unwrap,
} from "./schema";

export type { Option } from "./lists";

interface Base {
  key: string;
  label: string;
  hint?: string;
  /** The value may be left out (label gets "(không bắt buộc)"). */
  optional: boolean;
  /** The schema of the value, wrappers included. */
  schema: Schema;
  /** Shown behind "Thêm chi tiết" (not among the object's main fields, see `main-fields.ts`). */
  detail?: boolean;
}
export interface TextField extends Base {
  kind: "text" | "textarea" | "date" | "partial-date";
  maxLength?: number;
  /** Names offered as the person types (free text stays possible). */
  suggest?: "country";
}
export interface NumberField extends Base {
  kind: "number";
  integer: boolean;
  min?: number;
  max?: number;
}
export interface SelectField extends Base {
  kind: "select";
  options: Option[];
}
/** Several values of a closed set (checkboxes). `areas`: the options are the areas of work. */
export interface ChoicesField extends Base {
  kind: "choices";
  options: Option[];
  areas: boolean;
}
/** Paragraphs of the document's own words: one textarea, one paragraph a line. */
export interface NarrativeField extends Base {
  kind: "narrative";
}
export interface GroupField extends Base {
  kind: "group";
  objectId?: string;
  readonly fields: Field[];
  /** Few short scalar fields (a count, an amount, a period): laid out on one line. */
  readonly inline: boolean;
}
export interface ListField extends Base {
  kind: "list";
  item: Field;
  min: number;
  max?: number;
  /** "Đoàn thứ 3". */
  rowLabel(n: number): string;
}
/** The three-state answer: not answered yet, nothing to report, content. */
export interface AnswerField extends Base {
  kind: "answer";
  /** Fields of "nothing to report" (the document's own wording). */
  readonly none: Field[];
  /** Fields of "content" (narrative, facts or items). */
  readonly content: Field[];
}
/** Another discriminated union: one of several shapes chosen by `discriminator`. */
export interface VariantField extends Base {
  kind: "variant";
  discriminator: string;
  variants: { value: string; label: string; readonly fields: Field[] }[];
}
export type Field =
  | TextField
  | NumberField
  | SelectField
  | ChoicesField
  | NarrativeField
  | GroupField
  | ListField
  | AnswerField
  | VariantField;

/** Fields that are not for people to fill in (set by the signing system). */
export const HIDDEN = new Set(["Frame.digitalSignatures"]);

/** Values a new object starts with, by `ObjectId.key`. */
export const DEFAULTS: Record<string, unknown> = {
  "Frame.status": "draft",
  "Recipients.archive": ["VT"],
};

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** "Đoàn thứ 3": the label of row `n` (from 1) of the list under `key`. */
export function rowLabelOf(key: string, n: number, lang: Lang): string {
  const rows = labelTable(lang).rows as Record<string, string | undefined>;
  return capitalize((rows[key] ?? rows.default!).replace("{n}", String(n)));
}

function indicatorOptions(lang: Lang): Option[] {
  return INDICATOR_KEYS.map((key) => {
    const def = INDICATORS[key];
    const text = lang === "vi" ? (def.vi.startsWith(def.unit) ? def.vi : `${def.unit} ${def.vi}`) : def.en;
    return { value: key, label: capitalize(text), group: areaLabel(def.area, lang) };
  });
}

/** Where a generic widget would be wrong: `ObjectId.key` → the field to use instead. */
const OVERRIDES: Record<string, (base: Base, lang: Lang) => Field> = {
  // A known indicator is chosen from the core list, not typed as a camelCase key.
  "Indicator.key": (base, lang) => ({ ...base, kind: "select", options: indicatorOptions(lang) }),
  // A currency is chosen from the ISO list, VND first, never typed ("VNĐ", "đồng" are not codes).
  "Money.currency": (base, lang) => ({ ...base, kind: "select", options: currencyList(lang) }),
  "Amount.currency": (base, lang) => ({ ...base, kind: "select", options: currencyList(lang) }),
};

const currencyList = (lang: Lang) =>
  currencyOptions(lang, t(lang, "currenciesCommon"), t(lang, "currenciesOther"));

/** Text fields that hold a country's name: a list of countries is offered (see `lists.ts`). */
const COUNTRY_KEYS = new Set(["countries", "country", "partnerCountry", "donorCountry"]);

const cache: Record<Lang, Map<Schema, Field[]>> = { vi: new Map(), en: new Map() };

/** The fields of an object schema, in the order of its shape. */
export function fieldsOf(objectSchema: Schema, lang: Lang): Field[] {
  // A language not loaded yet is shown in Vietnamese (and not cached as its own).
  lang = shownLang(lang);
  const s = unwrap(objectSchema).schema;
  const hit = cache[lang].get(s);
  if (hit) return hit;
  const id = schemaId(s);
  const out: Field[] = [];
  for (const [key, child] of shapeOf(s)) {
    if (HIDDEN.has(`${id}.${key}`)) continue;
    const f = fieldFor(child, key, id, lang);
    if (!f) continue;
    if (isDetail(id, key)) f.detail = true;
    out.push(f);
  }
  cache[lang].set(s, out);
  return out;
}

/** The label of a field named `key` in the object `parentId` (a standard area by its title). */
export function labelOf(key: string, parentId: string | undefined, lang: Lang): string {
  if (parentId === "Areas" && (AREA_IDS as readonly string[]).includes(key))
    return areaLabel(key as AreaId, lang);
  return fieldLabel(key, parentId, lang);
}

/** The descriptor of the value `schema` held under `key` of the object `parentId`. */
export function fieldFor(
  schema: Schema,
  key: string,
  parentId: string | undefined,
  lang: Lang,
): Field | undefined {
  const { schema: s, optional, nullable } = unwrap(schema);
  const hint = fieldHint(key, parentId, lang);
  const base: Base = {
    key,
    label: labelOf(key, parentId, lang),
    optional: optional || nullable,
    schema,
    ...(hint ? { hint } : {}),
  };
  const override = OVERRIDES[`${parentId}.${key}`];
  if (override) return override(base, lang);
  return describe(s, base, key, lang);
}

function describe(s: Schema, base: Base, key: string, lang: Lang): Field | undefined {
  const id = schemaId(s);
  const n = nodeOf(s);
  switch (n.t) {
    case "literal":
      return undefined;
    case "string": {
      const lim = limits(s);
      if (id === "IsoDate") return { hint: t(lang, "dateHint"), ...base, kind: "date" };
      if (id === "PartialDate") return { hint: t(lang, "partialDateHint"), ...base, kind: "partial-date" };
      const kind = lim.max !== undefined && lim.max > LIMITS.line ? "textarea" : "text";
      return {
        ...base,
        kind,
        ...(lim.max !== undefined ? { maxLength: lim.max } : {}),
        ...(COUNTRY_KEYS.has(key) ? { suggest: "country" as const } : {}),
      };
    }
    case "number": {
      const lim = limits(s);
      return {
        ...base,
        kind: "number",
        integer: lim.integer,
        ...(lim.min !== undefined ? { min: lim.min } : {}),
        ...(lim.max !== undefined ? { max: lim.max } : {}),
      };
    }
    case "enum":
      return { ...base, kind: "select", options: enumOptions(s, lang) };
    case "object":
      return group(base, s, lang);
    case "array": {
      const el = unwrap(n.of).schema;
      const lim = limits(s);
      if (id === "Narrative")
        return { ...base, kind: "narrative", hint: base.hint ?? t(lang, "narrativeHint") };
      if (nodeOf(el).t === "enum")
        return { ...base, kind: "choices", options: enumOptions(el, lang), areas: false };
      if (schemaId(el) === "AreaRef")
        return {
          ...base,
          kind: "choices",
          hint: base.hint ?? t(lang, "areasHint"),
          options: AREA_IDS.map((a) => ({ value: a, label: areaLabel(a, lang) })),
          areas: true,
        };
      const rowLabel = (i: number) => rowLabelOf(key, i, lang);
      const item = describe(el, { key, label: rowLabel(1), optional: false, schema: n.of }, key, lang);
      if (!item) return undefined;
      return {
        ...base,
        kind: "list",
        item,
        min: lim.min ?? 0,
        ...(lim.max !== undefined ? { max: lim.max } : {}),
        rowLabel,
      };
    }
    case "union": {
      const opts = n.options;
      if (isAnswerUnion(s)) {
        const find = (v: string) => opts.find((o) => literalValues(keyOf(o, "answer")!).includes(v))!;
        let none: Field[] | undefined;
        let content: Field[] | undefined;
        return {
          ...base,
          kind: "answer",
          get none() {
            none ??= fieldsOf(find("none"), lang).map((f) =>
              f.key === "text" ? { ...f, label: t(lang, "noneTextLabel"), hint: t(lang, "noneTextHint") } : f,
            );
            return none;
          },
          get content() {
            content ??= fieldsOf(find("content"), lang);
            return content;
          },
        };
      }
      const disc = n.d;
      return {
        ...base,
        kind: "variant",
        discriminator: disc,
        variants: opts.map((o) => {
          const value = String(literalValues(keyOf(o, disc)!)[0]);
          return {
            value,
            label: optionLabel(n.id, value, lang),
            get fields() {
              return fieldsOf(o, lang);
            },
          };
        }),
      };
    }
    default:
      return undefined;
  }
}

function enumOptions(s: Schema, lang: Lang): Option[] {
  const n = nodeOf(s);
  const id = n.t === "enum" ? n.id : undefined;
  return literalValues(s).map((v) => ({ value: String(v), label: optionLabel(id, String(v), lang) }));
}

const SCALAR = new Set(["text", "number", "select", "date", "partial-date"]);

function group(base: Base, s: Schema, lang: Lang): GroupField {
  const objectId = schemaId(s);
  return {
    ...base,
    kind: "group",
    ...(objectId ? { objectId } : {}),
    get fields() {
      return fieldsOf(s, lang);
    },
    get inline() {
      const fs = fieldsOf(s, lang);
      return fs.length <= 3 && fs.every((f) => SCALAR.has(f.kind));
    },
  };
}

/** The empty value of a schema: required objects and arrays, literals and DEFAULTS filled in. */
export function emptyOf(schema: Schema): unknown {
  const s = unwrap(schema).schema;
  const n = nodeOf(s);
  switch (n.t) {
    case "object": {
      const id = schemaId(s);
      const out: Record<string, unknown> = {};
      for (const [k, v] of shapeOf(s)) {
        const dflt = DEFAULTS[`${id}.${k}`];
        if (dflt !== undefined) {
          out[k] = structuredClone(dflt);
          continue;
        }
        if (unwrap(v).optional) continue;
        const value = emptyOf(v);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case "array":
      return [];
    case "literal":
      return n.v[0];
    case "union":
      return isAnswerUnion(s) ? { answer: "unanswered" } : emptyOf(n.options[0]!);
    default:
      return undefined;
  }
}

/** Visit every field of a descriptor tree (depth first), with its depth. */
export function eachField(
  fields: readonly Field[],
  visit: (f: Field, depth: number) => void,
  depth = 0,
): void {
  for (const f of fields) {
    visit(f, depth);
    if (f.kind === "group") eachField(f.fields, visit, depth + 1);
    else if (f.kind === "list") eachField([f.item], visit, depth + 1);
    else if (f.kind === "answer") {
      eachField(f.none, visit, depth + 1);
      eachField(f.content, visit, depth + 1);
    } else if (f.kind === "variant") for (const v of f.variants) eachField(v.fields, visit, depth + 1);
  }
}
