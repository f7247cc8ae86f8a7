/**
 * A fast yes/no check of a document against the zod model. `validate` calls it first: when it
 * says "valid", zod's full parse (which builds issues and a new object tree) is skipped; when
 * it says "invalid" — or meets a schema feature it does not model — zod runs and reports.
 * So the fast path can only make validation faster, never different: a parity test runs every
 * example and invalid example through both.
 *
 * It compiles the zod definitions once into closures: strict objects, arrays, optionals,
 * nullables, (discriminated) unions, literals, enums, strings with length/regex/refine checks,
 * numbers with int/min/max checks.
 */
import type { z } from "zod";

type Check = (v: unknown) => boolean;

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (v: unknown) => unknown;
}
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
  pattern?: RegExp;
  format?: string;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Fallback for anything not modelled: ask zod. */
const viaZod =
  (s: z.ZodType): Check =>
  (v) =>
    s.safeParse(v).success;

function lengthChecks(def: Def, s: z.ZodType): { min: number; max: number; tests: Check[] } | null {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const tests: Check[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === "min_length") min = Math.max(min, d.minimum!);
    else if (d.check === "max_length") max = Math.min(max, d.maximum!);
    else if (d.check === "string_format" && d.format === "regex" && d.pattern) {
      const re = d.pattern;
      tests.push((v) => {
        re.lastIndex = 0;
        return re.test(v as string);
      });
    } else if (d.check === "custom" && typeof d.fn === "function") {
      const fn = d.fn;
      tests.push((v) => fn(v) === true);
    } else return null;
  }
  if (def.format && def.pattern) {
    const re = def.pattern;
    tests.push((v) => re.test(v as string));
  } else if (def.format) return null;
  void s;
  return { min, max, tests };
}

const cache = new WeakMap<z.ZodType, Check>();

/** Compile `schema` into a closure that returns true exactly when zod would accept the value. */
export function compileCheck(schema: z.ZodType): Check {
  const hit = cache.get(schema);
  if (hit) return hit;
  // Recursive schemas: the closure reads the compiled child lazily.
  let compiled: Check | undefined;
  const lazy: Check = (v) => compiled!(v);
  cache.set(schema, lazy);
  compiled = build(schema);
  cache.set(schema, compiled);
  return compiled;
}

function build(schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const lc = lengthChecks(def, schema);
      if (!lc) return viaZod(schema);
      const { min, max, tests } = lc;
      if (tests.length === 0) return (v) => typeof v === "string" && v.length >= min && v.length <= max;
      return (v) => {
        if (typeof v !== "string" || v.length < min || v.length > max) return false;
        for (const t of tests) if (!t(v)) return false;
        return true;
      };
    }
    case "number": {
      let int = false;
      let lo = Number.NEGATIVE_INFINITY;
      let hi = Number.POSITIVE_INFINITY;
      let loIncl = true;
      let hiIncl = true;
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === "number_format" && d.format === "safeint") int = true;
        else if (d.check === "greater_than") {
          lo = d.value!;
          loIncl = d.inclusive !== false;
        } else if (d.check === "less_than") {
          hi = d.value!;
          hiIncl = d.inclusive !== false;
        } else return viaZod(schema);
      }
      return (v) =>
        typeof v === "number" &&
        Number.isFinite(v) &&
        (!int || Number.isSafeInteger(v)) &&
        (loIncl ? v >= lo : v > lo) &&
        (hiIncl ? v <= hi : v < hi);
    }
    case "boolean":
      return (v) => typeof v === "boolean";
    case "literal": {
      const values = def.values!;
      return values.length === 1 ? (v) => v === values[0] : (v) => values.includes(v);
    }
    case "enum": {
      const set = new Set(Object.values(def.entries!));
      return (v) => set.has(v);
    }
    case "optional": {
      const inner = compileCheck(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      const inner = compileCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case "array": {
      const el = compileCheck(def.element!);
      let min = 0;
      let max = Number.POSITIVE_INFINITY;
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === "min_length") min = d.minimum!;
        else if (d.check === "max_length") max = d.maximum!;
        else return viaZod(schema);
      }
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return true;
      };
    }
    case "object": {
      if (def.checks?.length) return viaZod(schema);
      const strict = def.catchall !== undefined && defOf(def.catchall).type === "never";
      if (def.catchall !== undefined && !strict) return viaZod(schema);
      const keys = Object.keys(def.shape!);
      const checks = keys.map((k) => compileCheck(def.shape![k]!));
      const known = new Set(keys);
      const n = keys.length;
      return (v) => {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (let i = 0; i < n; i++) if (!checks[i]!(o[keys[i]!])) return false;
        if (strict) for (const k in o) if (!known.has(k)) return false;
        return true;
      };
    }
    case "union": {
      const options = def.options!;
      const d = def.discriminator;
      if (d) {
        const byValue = new Map<unknown, Check>();
        for (const o of options) {
          const lit = defOf(o).shape?.[d];
          if (!lit || defOf(lit).type !== "literal") return viaZod(schema);
          const c = compileCheck(o);
          for (const val of defOf(lit).values!) byValue.set(val, c);
        }
        return (v) => {
          if (v === null || typeof v !== "object") return false;
          const c = byValue.get((v as Record<string, unknown>)[d]);
          return c !== undefined && c(v);
        };
      }
      const cs = options.map(compileCheck);
      return (v) => cs.some((c) => c(v));
    }
    default:
      return viaZod(schema);
  }
}
