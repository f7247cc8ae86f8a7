/**
 * JSON Schema (draft 2020-12) of each document kind, generated from the zod model, with
 * Vietnamese titles and descriptions from the label tables (English in `x-title-en`), and
 * what zod's converter drops where it matters: date formats, and the cross-field rules
 * described in `x-doingoai-rules` (they are checked by `validate`, not by a JSON Schema validator).
 */
import * as z from "zod";
import { fieldHint, fieldLabel, fieldLabelIn, kindLabel, labelTable } from "../labels";
import { en } from "../labels/en";
import { Document, NoticeDocument, PlanDocument, ReportDocument, SCHEMA_VERSION } from "../model/document";
import { RULES } from "../rules";
import { schemaId } from "./zod-walk";

export type SchemaName = "document" | "report" | "plan" | "conclusion-notice";

const ROOTS = {
  document: Document,
  report: ReportDocument,
  plan: PlanDocument,
  "conclusion-notice": NoticeDocument,
} as const;

type Json = Record<string, unknown>;

/** The JSON Schema of all documents (`document`) or of one kind. */
export function toJsonSchema(name: SchemaName = "document"): Json {
  const schema = z.toJSONSchema(ROOTS[name], {
    target: "draft-2020-12",
    unrepresentable: "any",
    override(ctx) {
      const js = ctx.jsonSchema as Json;
      const id = schemaId(ctx.zodSchema);
      const props = js.properties as Record<string, Json> | undefined;
      if (js.type === "object" && props) {
        for (const key of Object.keys(props)) {
          // zod shares one JSON object between every use of a schema (Line, Text, Count…):
          // give this property its own copy before titling it.
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
      if (id === "IsoDate") js.description = "Ngày đầy đủ YYYY-MM-DD; ngày phải có thật (không có 30/02).";
      if (id === "PartialDate")
        js.description =
          "Ngày có thể để trống ngày hoặc tháng khi là dự thảo: YYYY-MM-DD, YYYY-MM hoặc YYYY.";
      if (id === "CitationCode")
        js.description = "Số, ký hiệu kiểu nhà nước (448/SNgV-LSHTQT) hoặc kiểu Đảng (57-KL/TW).";
    },
  }) as Json;
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

export const SCHEMA_NAMES: readonly SchemaName[] = ["document", "report", "plan", "conclusion-notice"];
