/**
 * Constants of the model, read from the model IR. Core exports the same values, but through
 * modules that also build its zod schemas; importing them from there would put zod in the
 * browser bundle. `constants.test.ts` checks they equal core's.
 */
import type { AreaId, DocumentKind } from "@doingoai/core/lite";
import { MODEL_IR } from "@doingoai/core/ui";
import { keyOf, literalValues, nodeOf, objectById, shapeOf } from "./schema";

/** The standard areas, in the order of the `Areas` object (core's AREA_IDS). */
export const AREA_IDS = shapeOf(objectById("Areas")!).map(([k]) => k) as AreaId[];

/** The kinds of document, in the order of the `Document` union (core's DOCUMENT_KINDS). */
export const DOCUMENT_KINDS = (() => {
  const doc = nodeOf(MODEL_IR.roots.Document!);
  return (doc.t === "union" ? doc.options : []).map(
    (o) => literalValues(keyOf(o, "kind")!)[0],
  ) as DocumentKind[];
})();

/** The schema version this release writes (core's SCHEMA_VERSION). */
export const SCHEMA_VERSION = literalValues(
  keyOf(MODEL_IR.roots.ReportDocument!, "schemaVersion")!,
)[0] as number;
