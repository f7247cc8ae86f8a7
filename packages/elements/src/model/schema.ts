/**
 * Reading core's model through its IR (`MODEL_IR`): the zod schemas compiled at build time into
 * plain data (objects with their keys and ids, arrays, optional/nullable, discriminated unions,
 * enums, string and number limits). Core validates with the same IR, so the browser bundle
 * carries no zod. `schema.test.ts` walks the zod schemas and the IR side by side to check that
 * what this file reads (ids, limits, Narrative, AreaRef) matches the schemas.
 */
import { type DocumentKind, type IrNode, LIMITS, MODEL_IR } from "@doingoai/core/ui";

/** A node of the model IR (its index). */
export type Schema = number;
export type Path = (string | number)[];

const NODES = MODEL_IR.nodes;
export const nodeOf = (s: Schema): IrNode => NODES[s]!;

const ROOT_NAMES = new Map<number, string>(Object.entries(MODEL_IR.roots).map(([name, i]) => [i, name]));

/** Unwrap optional/nullable, telling whether the value may be absent or null. */
export function unwrap(s: Schema): { schema: Schema; optional: boolean; nullable: boolean } {
  let optional = false;
  let nullable = false;
  let cur = s;
  for (let guard = 0; guard < 20; guard++) {
    const n = nodeOf(cur);
    if (n.t === "optional") optional = true;
    else if (n.t === "nullable") nullable = true;
    else break;
    cur = n.of;
  }
  return { schema: cur, optional, nullable };
}

/**
 * The id of a schema: the object's `.meta({ id })`, the name of a named root ("IsoDate",
 * "PartialDate"), or, for the two string shapes the forms treat apart, "Narrative" (the only
 * list of paragraphs of `Text`) and "AreaRef" (`custom:<id>` or a standard area id).
 */
export function schemaId(s: Schema): string | undefined {
  const n = nodeOf(s);
  if (n.t === "object") return n.id;
  const root = ROOT_NAMES.get(s);
  if (root) return root;
  if (n.t === "array") {
    const el = nodeOf(n.of);
    if (el.t === "string" && (el.max ?? 0) >= LIMITS.paragraph) return "Narrative";
  }
  if (n.t === "string" && n.re?.some(([src]) => src.startsWith("^(custom:"))) return "AreaRef";
  return undefined;
}

/** Limits of a string, number or array. */
export function limits(s: Schema): { min?: number; max?: number; integer: boolean } {
  const n = nodeOf(s);
  const out: { min?: number; max?: number; integer: boolean } = { integer: n.t === "number" && !!n.int };
  if ("min" in n && n.min !== undefined) out.min = n.min;
  if ("max" in n && n.max !== undefined) out.max = n.max;
  return out;
}

/** The values of a literal or an enum. */
export function literalValues(s: Schema): unknown[] {
  const n = nodeOf(unwrap(s).schema);
  return n.t === "literal" || n.t === "enum" ? n.v : [];
}

/** The keys of an object with the schema of each. */
export function shapeOf(s: Schema): [string, Schema][] {
  const n = nodeOf(unwrap(s).schema);
  return n.t === "object" ? n.keys.map((k, i) => [k, n.of[i]!]) : [];
}

/** The schema of `key` in an object. */
export function keyOf(s: Schema, key: string): Schema | undefined {
  const n = nodeOf(s);
  if (n.t !== "object") return undefined;
  const i = n.keys.indexOf(key);
  return i < 0 ? undefined : n.of[i];
}

/** Pick the branch of a discriminated union that matches `data` (the first one otherwise). */
export function pickOption(s: Schema, data: unknown): Schema {
  const n = nodeOf(s);
  if (n.t !== "union") return s;
  if (data && typeof data === "object") {
    const v = (data as Record<string, unknown>)[n.d];
    const hit = n.options.find((o) => {
      const lit = keyOf(o, n.d);
      return lit !== undefined && literalValues(lit).includes(v);
    });
    if (hit !== undefined) return hit;
  }
  return n.options[0]!;
}

/** The schema at `path` in `root` (still wrapped: optional/nullable), given the data along it. */
export function schemaAt(root: Schema, path: Path, data: unknown): Schema | undefined {
  let s: Schema | undefined = root;
  let cur = data;
  for (const key of path) {
    if (s === undefined) return undefined;
    let inner = unwrap(s).schema;
    if (nodeOf(inner).t === "union") inner = unwrap(pickOption(inner, cur)).schema;
    const n = nodeOf(inner);
    if (typeof key === "number") s = n.t === "array" ? n.of : undefined;
    else s = keyOf(inner, key);
    cur = cur && typeof cur === "object" ? (cur as Record<string | number, unknown>)[key] : undefined;
  }
  return s;
}

export const DOCUMENT_SCHEMAS: Record<DocumentKind, Schema> = {
  report: MODEL_IR.roots.ReportDocument!,
  plan: MODEL_IR.roots.PlanDocument!,
  "conclusion-notice": MODEL_IR.roots.NoticeDocument!,
  "report-request": MODEL_IR.roots.RequestDocument!,
};

/** Whether `s` is the three-state answer union (unanswered / none / content). */
export function isAnswerUnion(s: Schema): boolean {
  const n = nodeOf(s);
  return n.t === "union" && n.d === "answer";
}

/** The schema of the object with `.meta({ id })` `id` (tests, and forms of one object). */
export function objectById(id: string): Schema | undefined {
  const i = NODES.findIndex((n) => n.t === "object" && n.id === id);
  return i < 0 ? undefined : i;
}
