/** The model IR of the whole document model, compiled from the zod schemas (build time only). */
import type * as z from "zod";
import { Document, NoticeDocument, PlanDocument, ReportDocument, RequestDocument } from "../model/document";
import { RULE_SITES } from "../model/rule-sites";
import * as values from "../model/values";
import { schemaId } from "../schema/zod-walk";
import { type ModelIr, toIr } from "./ir";

export function buildModelIr(): ModelIr {
  const roots: Record<string, z.ZodType> = {
    Document,
    ReportDocument,
    PlanDocument,
    NoticeDocument,
    RequestDocument,
  };
  for (const name of ["Count", "Money", "Citation", "Period", "IsoDate", "PartialDate"] as const)
    roots[name] = values[name];
  return toIr(roots, schemaId, (s) => RULE_SITES.get(s)?.rules);
}
