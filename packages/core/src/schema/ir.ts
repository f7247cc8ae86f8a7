/**
 * The model as data: a small, JSON-serialisable intermediate representation (IR) of the zod
 * schemas, generated at build time (`pnpm schema:generate` writes `src/generated/model-ir.json`).
 * Validation, field labels and forms read the IR, so the runtime needs no zod: browsers get a
 * small bundle and validation runs as fast as a hand-written checker. zod stays the source of
 * truth: the IR is compiled from it, and tests check both agree.
 */
import type * as z from "zod";
import { REFINEMENTS } from "../model/refinements";

export type IrNode =
  | { t: "string"; min?: number; max?: number; re?: [source: string, flags: string][]; refine?: string[] }
  | { t: "number"; int?: true; min?: number; max?: number }
  | { t: "boolean" }
  | { t: "literal"; v: (string | number | boolean | null)[] }
  | { t: "enum"; id?: string; v: string[] }
  | { t: "optional"; of: number }
  | { t: "nullable"; of: number }
  | { t: "array"; of: number; min?: number; max?: number }
  | { t: "object"; id?: string; keys: string[]; of: number[]; rules?: string[] }
  | { t: "union"; id?: string; d: string; options: number[] };

export interface ModelIr {
  /** Root node of each named schema ("Document", "ReportDocument", "Count"…). */
  roots: Record<string, number>;
  nodes: IrNode[];
}

/**
 * zod's own unions of its schema and check classes (`z.core.$ZodTypes`, `z.core.$ZodChecks`):
 * a `switch` on `def.type` or `def.check` gives each one's typed definition, so reading the
 * schema needs no hand-declared shapes. (The narrowing from `$ZodType` is the one zod's JSON
 * Schema converter makes too.)
 */
const defOf = (s: z.core.$ZodType) => (s as z.core.$ZodTypes)._zod.def;
type Check = z.core.$ZodChecks | z.core.$ZodCustom;
const checksOf = (def: z.core.$ZodTypeDef): Check[] => (def.checks ?? []) as Check[];

/** A literal value the IR can hold (JSON: no bigint, undefined or symbol). */
function literalValue(v: z.core.util.Literal): string | number | boolean | null {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return unsupported(`the literal ${String(v)}`);
}

function unsupported(what: string): never {
  throw new Error(`model IR: unsupported schema feature: ${what}`);
}

/** Compile zod schemas into the IR. Throws (at build time) on any feature the IR cannot express. */
export function toIr(
  roots: Record<string, z.core.$ZodType>,
  idOf: (s: z.core.$ZodType) => string | undefined,
  rulesOf: (s: z.core.$ZodType) => readonly string[] | undefined = () => undefined,
): ModelIr {
  const nodes: IrNode[] = [];
  const index = new Map<z.core.$ZodType, number>();
  const refineName = new Map<unknown, string>(Object.entries(REFINEMENTS).map(([k, f]) => [f, k]));

  const visit = (s: z.core.$ZodType): number => {
    const known = index.get(s);
    if (known !== undefined) return known;
    const i = nodes.length;
    index.set(s, i);
    nodes.push({ t: "boolean" }); // placeholder, replaced below (keeps recursion safe)
    nodes[i] = build(s);
    return i;
  };

  const build = (s: z.core.$ZodType): IrNode => {
    const def = defOf(s);
    switch (def.type) {
      case "string": {
        const n: Extract<IrNode, { t: "string" }> = { t: "string" };
        for (const c of checksOf(def)) {
          const d = c._zod.def;
          if (d.check === "min_length") n.min = d.minimum;
          else if (d.check === "max_length") n.max = d.maximum;
          else if (d.check === "string_format" && d.format === "regex" && d.pattern)
            n.re = [...(n.re ?? []), [d.pattern.source, d.pattern.flags]];
          else if (d.check === "custom") {
            const name = refineName.get(d.fn);
            if (!name) unsupported("a refinement missing from REFINEMENTS");
            n.refine = [...(n.refine ?? []), name];
          } else unsupported(`string check ${d.check}`);
        }
        if ("format" in def) {
          const f = (s as z.core.$ZodStringFormat)._zod.def;
          if (!f.pattern) unsupported(`string format ${f.format}`);
          n.re = [...(n.re ?? []), [f.pattern.source, f.pattern.flags]];
        }
        return n;
      }
      case "number": {
        const n: Extract<IrNode, { t: "number" }> = { t: "number" };
        for (const c of checksOf(def)) {
          const d = c._zod.def;
          if (d.check === "number_format" && d.format === "safeint") n.int = true;
          else if (d.check === "greater_than" && d.inclusive) n.min = Number(d.value);
          else if (d.check === "less_than" && d.inclusive) n.max = Number(d.value);
          else unsupported(`number check ${d.check}`);
        }
        return n;
      }
      case "boolean":
        return { t: "boolean" };
      case "literal":
        return { t: "literal", v: def.values.map(literalValue) };
      case "enum": {
        const id = idOf(s);
        const v = Object.values(def.entries).map(String);
        return id ? { t: "enum", id, v } : { t: "enum", v };
      }
      case "optional":
        return { t: "optional", of: visit(def.innerType) };
      case "nullable":
        return { t: "nullable", of: visit(def.innerType) };
      case "array": {
        const n: Extract<IrNode, { t: "array" }> = { t: "array", of: visit(def.element) };
        for (const c of checksOf(def)) {
          const d = c._zod.def;
          if (d.check === "min_length") n.min = d.minimum;
          else if (d.check === "max_length") n.max = d.maximum;
          else unsupported(`array check ${d.check}`);
        }
        return n;
      }
      case "object": {
        if (!def.catchall || defOf(def.catchall).type !== "never") unsupported("a non-strict object");
        if (def.checks?.length) unsupported("object checks");
        const keys = Object.keys(def.shape);
        const n: Extract<IrNode, { t: "object" }> = { t: "object", keys, of: [] };
        const id = idOf(s);
        if (id) n.id = id;
        const rules = rulesOf(s);
        if (rules?.length) n.rules = [...rules];
        n.of = keys.map((k) => visit(def.shape[k]!));
        return n;
      }
      case "union": {
        const d =
          "discriminator" in def && typeof def.discriminator === "string" ? def.discriminator : undefined;
        if (!d) unsupported("a union without a discriminator");
        const id = idOf(s);
        const options = def.options.map(visit);
        return id ? { t: "union", id, d, options } : { t: "union", d, options };
      }
      default:
        return unsupported(def.type);
    }
  };

  const out: Record<string, number> = {};
  for (const [name, s] of Object.entries(roots)) out[name] = visit(s);
  return dedupe({ roots: out, nodes });
}

/** Child indexes of a node. */
function children(n: IrNode): number[] {
  if (n.t === "optional" || n.t === "nullable" || n.t === "array") return [n.of];
  if (n.t === "object") return n.of;
  if (n.t === "union") return n.options;
  return [];
}

function remap(n: IrNode, m: (i: number) => number): IrNode {
  if (n.t === "optional" || n.t === "nullable" || n.t === "array") return { ...n, of: m(n.of) };
  if (n.t === "object") return { ...n, of: n.of.map(m) };
  if (n.t === "union") return { ...n, options: n.options.map(m) };
  return n;
}

/**
 * Merge nodes that are the same structure (zod builds a new schema for every `Line.optional()`
 * or inline `z.array(...)`), to a fixed point, then renumber: a smaller IR for the browser.
 * Objects with different ids stay apart, so labels keep their meaning.
 */
export function dedupe(ir: ModelIr): ModelIr {
  let rep = ir.nodes.map((_, i) => i);
  for (let changed = true; changed; ) {
    changed = false;
    const seen = new Map<string, number>();
    const next = rep.slice();
    ir.nodes.forEach((n, i) => {
      if (rep[i] !== i) return;
      const key = JSON.stringify(remap(n, (c) => rep[c]!));
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        next[i] = first;
        changed = true;
      }
    });
    rep = next.map((r) => {
      let x = r;
      while (next[x] !== x) x = next[x]!;
      return x;
    });
  }
  const order: number[] = [];
  const index = new Map<number, number>();
  const keep = (i: number) => {
    const r = rep[i]!;
    if (index.has(r)) return;
    index.set(r, order.length);
    order.push(r);
    for (const c of children(ir.nodes[r]!)) keep(c);
  };
  for (const root of Object.values(ir.roots)) keep(root);
  const at = (i: number) => index.get(rep[i]!)!;
  return {
    roots: Object.fromEntries(Object.entries(ir.roots).map(([k, v]) => [k, at(v)])),
    nodes: order.map((r) => remap(ir.nodes[r]!, at)),
  };
}

/** Resolve optional/nullable wrappers and unions (by the discriminator in `data`) to a concrete IR node. */
export function resolveNode(ir: ModelIr, i: number, data: unknown): number {
  for (let guard = 0; guard < 20; guard++) {
    const n = ir.nodes[i]!;
    if (n.t === "optional" || n.t === "nullable") i = n.of;
    else if (n.t === "union") {
      const v = data && typeof data === "object" ? (data as Record<string, unknown>)[n.d] : undefined;
      const pick = n.options.find((o) => {
        const opt = ir.nodes[o] as Extract<IrNode, { t: "object" }>;
        const lit = ir.nodes[opt.of[opt.keys.indexOf(n.d)]!];
        return lit?.t === "literal" && lit.v.includes(v as string);
      });
      i = pick ?? n.options[0]!;
    } else return i;
  }
  return i;
}
