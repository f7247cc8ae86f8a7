/**
 * JSON Schema (draft 2020-12) of each document kind, generated from the zod model, with
 * Vietnamese titles and descriptions from the label tables (English in `x-title-en`), and
 * what zod's converter drops where it matters: date formats, and the cross-field rules
 * described in `x-doingoai-rules` (they are checked by `validate`, not by a JSON Schema validator).
 */
import * as z from "zod";
import { fieldHint, fieldLabel, fieldLabelIn, kindLabel, labelTable } from "../labels";
import { en } from "../labels/en";
import {
  Document,
  NoticeDocument,
  PlanDocument,
  ReportDocument,
  RequestDocument,
  SCHEMA_VERSION,
} from "../model/document";
import { RULES } from "../rules";
import { schemaId } from "./zod-walk";

export type SchemaName = "document" | "report" | "plan" | "conclusion-notice" | "report-request";

const ROOTS = {
  document: Document,
  report: ReportDocument,
  plan: PlanDocument,
  "conclusion-notice": NoticeDocument,
  "report-request": RequestDocument,
} as const;

type Json = Record<string, unknown>;

/** A temporary key on object schemas during the conversion: the object's schema id. */
const OBJECT_ID = "x-doingoai-object-id";

/**
 * Vietnamese titles and hints of every property of every object (English in `x-title-en`), from
 * the label tables. Each property gets its own copy: zod shares one JSON object between every
 * use of a schema.
 */
function titleProperties(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) titleProperties(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const js = node as Json;
  for (const v of Object.values(js)) titleProperties(v);
  if (!(OBJECT_ID in js)) return;
  const id = (js[OBJECT_ID] as string | null) ?? undefined;
  delete js[OBJECT_ID];
  const props = js.properties as Record<string, Json>;
  for (const key of Object.keys(props)) {
    const p = { ...props[key]! };
    props[key] = p;
    const title = fieldLabel(key, id, "vi");
    if (title !== key) p.title = title;
    const hint = fieldHint(key, id, "vi");
    if (hint) p.description = hint;
    const english = fieldLabelIn(en, key, id);
    if (english !== key) p["x-title-en"] = english;
  }
}

/** The JSON Schema of all documents (`document`) or of one kind. */
export function toJsonSchema(name: SchemaName = "document"): Json {
  const schema = z.toJSONSchema(ROOTS[name], {
    target: "draft-2020-12",
    unrepresentable: "any",
    override(ctx) {
      const js = ctx.jsonSchema as Json;
      const id = schemaId(ctx.zodSchema);
      // Titles are written after the conversion (`titleProperties`): zod fills a property that
      // refers to a shared schema (Count, Citation…) only after this hook, so a property
      // touched here could lose its type. Mark the object with its schema id for that pass.
      if (js.type === "object" && js.properties) js[OBJECT_ID] = id ?? null;
      if (id === "IsoDate") js.description = "Ngày đầy đủ YYYY-MM-DD; ngày phải có thật (không có 30/02).";
      if (id === "PartialDate")
        js.description =
          "Ngày có thể để trống ngày hoặc tháng khi là dự thảo: YYYY-MM-DD, YYYY-MM hoặc YYYY.";
      if (id === "CitationCode")
        js.description = "Số, ký hiệu kiểu nhà nước (448/SNgV-LSHTQT) hoặc kiểu Đảng (57-KL/TW).";
    },
  }) as Json;
  titleProperties(schema);
  const title = name === "document" ? "Văn bản công tác đối ngoại" : kindLabel(name, "vi");
  const titleEn = name === "document" ? "Foreign-affairs work document" : en.kinds[name];
  return {
    $schema: schema.$schema,
    $id: `https://doingoai.github.io/schema/v${SCHEMA_VERSION}/${name}.schema.json`,
    title,
    "x-title-en": titleEn,
    description:
      "Lược đồ JSON của văn bản công tác đối ngoại theo Nghị định 30/2020/NĐ-CP (doingoai). Các quy tắc liên trường (x-doingoai-rules) được kiểm tra bằng validate() của @doingoai/core.",
    "x-doingoai-schema-version": SCHEMA_VERSION,
    "x-doingoai-rules": Object.keys(RULES),
    "x-doingoai-areas": labelTable("vi").areas,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}

export const SCHEMA_NAMES: readonly SchemaName[] = [
  "document",
  "report",
  "plan",
  "conclusion-notice",
  "report-request",
];
