/**
 * Structural validation by interpreting the model IR (see schema/ir.ts): the issues zod would
 * report, mapped to our codes — without zod at run time. A valid document costs one walk and
 * no allocation; a parity test checks the issues against zod's on thousands of mutations.
 */
import { REFINEMENT_CODES, REFINEMENTS } from "../model/refinements";
import type { IrNode, ModelIr } from "../schema/ir";
import type { IssuePath, RawIssue } from "./issues";
import type { IssueCode } from "./messages-vi";

/** Examples shown in format messages, by the key of the field. */
export const FORMAT_EXAMPLES: Record<string, string> = {
  date: "2024-05-08",
  from: "2024-01-01",
  to: "2024-06-30",
  signedOn: "2024-05-08",
  since: "2020-01-15",
  rateDate: "2024-05-08",
  signedAt: "2024-05-17T08:21:46+07:00",
  code: "448/SNgV-LSHTQT, 57-KL/TW",
  symbol: "BC-UBND",
  abbreviation: "UBND",
  currency: "VND, USD",
  key: "foreignersArrived",
  id: "quan-ly-bien-gioi",
  area: "consular, custom:quan-ly-bien-gioi",
};

export type Compiled =
  | { t: "string"; min: number; max: number; re: RegExp[]; refine: [(s: string) => boolean, IssueCode][] }
  | { t: "number"; int: boolean; min: number; max: number }
  | { t: "boolean" }
  | { t: "literal" | "enum"; set: Set<unknown>; values: unknown[] }
  | { t: "optional" | "nullable"; of: number }
  | { t: "array"; of: number; min: number; max: number }
  | { t: "object"; keys: string[]; of: number[]; known: Set<string> }
  | { t: "union"; d: string; byValue: Map<unknown, number>; options: unknown[] };

export interface Validator {
  /** Whether `value` is valid at `root` (no issues), without building any issue. */
  check(value: unknown, root?: string): boolean;
  /** The structural issues of `value` at `root` ("Document" by default). */
  issues(value: unknown, root?: string): RawIssue[];
}

function compileNodes(ir: ModelIr): Compiled[] {
  return ir.nodes.map((n: IrNode): Compiled => {
    switch (n.t) {
      case "string":
        return {
          t: "string",
          min: n.min ?? 0,
          max: n.max ?? Number.POSITIVE_INFINITY,
          re: (n.re ?? []).map(([src, flags]) => new RegExp(src, flags)),
          refine: (n.refine ?? []).map((name) => [
            REFINEMENTS[name]!,
            REFINEMENT_CODES[name] ?? "schema.invalid",
          ]),
        };
      case "number":
        return {
          t: "number",
          int: n.int === true,
          min: n.min ?? Number.NEGATIVE_INFINITY,
          max: n.max ?? Number.POSITIVE_INFINITY,
        };
      case "literal":
      case "enum":
        return { t: n.t, set: new Set(n.v), values: n.v };
      case "object":
        return { t: "object", keys: n.keys, of: n.of, known: new Set(n.keys) };
      case "union": {
        const byValue = new Map<unknown, number>();
        for (const o of n.options) {
          const opt = ir.nodes[o] as Extract<IrNode, { t: "object" }>;
          const lit = ir.nodes[opt.of[opt.keys.indexOf(n.d)]!] as Extract<IrNode, { t: "literal" }>;
          for (const v of lit.v) byValue.set(v, o);
        }
        return { t: "union", d: n.d, byValue, options: [...byValue.keys()] };
      }
      case "array":
        return { t: "array", of: n.of, min: n.min ?? 0, max: n.max ?? Number.POSITIVE_INFINITY };
      default:
        return n;
    }
  });
}

function kindOf(v: unknown): string {
  return Array.isArray(v) ? "array" : v === null ? "null" : typeof v;
}

function fail(
  out: RawIssue[] | undefined,
  path: IssuePath,
  code: IssueCode,
  params?: Record<string, unknown>,
): false {
  if (out)
    out.push(
      params
        ? { code, path: [...path], severity: "error", params }
        : { code, path: [...path], severity: "error" },
    );
  return false;
}

function typeIssue(out: RawIssue[] | undefined, path: IssuePath, v: unknown, expected: string): false {
  return v === undefined
    ? fail(out, path, "schema.required")
    : fail(out, path, "schema.type", { expected, received: kindOf(v) });
}

/**
 * zod also runs length checks on a value of the wrong type that has a length (a string where
 * a list belongs, a list where text belongs): report what zod reports.
 */
function lengthQuirk(
  out: RawIssue[] | undefined,
  path: IssuePath,
  x: unknown,
  min: number,
  max: number,
  origin: string,
): void {
  const len = typeof x === "string" || Array.isArray(x) ? x.length : undefined;
  if (len === undefined || !out) return;
  if (len < min) fail(out, path, "schema.too-small", { origin, minimum: min });
  if (len > max) fail(out, path, "schema.too-big", { origin, maximum: max });
}

export interface ValidatorOptions {
  /**
   * Use the code generator installed with {@link useCheckGenerator} (the main entry installs
   * one; `@doingoai/core/lite`, for browsers, does not). Default: on when one is installed.
   */
  codegen?: boolean;
}

type Generator = (nodes: Compiled[]) => Check[] | undefined;
let generator: Generator | undefined;

/** Install a generator of the yes/no checker (see validate/codegen.ts). */
export function useCheckGenerator(g: Generator | undefined): void {
  generator = g;
}

/** Build a validator for an IR. */
export function makeValidator(ir: ModelIr, opts: ValidatorOptions = {}): Validator {
  const nodes = compileNodes(ir);
  const rootOf = (root: string) => {
    const r = ir.roots[root];
    if (r === undefined) throw new RangeError(`no schema named ${root} in the model IR`);
    return r;
  };

  /** Walks `v` at node `i`; pushes issues when `out` is given, else stops at the first problem. */
  const walk = (i: number, v: unknown, path: IssuePath, out: RawIssue[] | undefined): boolean => {
    const n = nodes[i]!;
    switch (n.t) {
      case "string": {
        if (typeof v !== "string") {
          typeIssue(out, path, v, "string");
          lengthQuirk(out, path, v, n.min, n.max, "string");
          return false;
        }
        let ok = true;
        if (v.length < n.min) ok = fail(out, path, "schema.too-small", { origin: "string", minimum: n.min });
        if (v.length > n.max) ok = fail(out, path, "schema.too-big", { origin: "string", maximum: n.max });
        for (const re of n.re) {
          re.lastIndex = 0;
          if (!re.test(v)) {
            const key = path[path.length - 1];
            const example = typeof key === "string" ? FORMAT_EXAMPLES[key] : undefined;
            ok = fail(out, path, "schema.format", example ? { example } : {});
          }
        }
        if (ok) for (const [fn, code] of n.refine) if (!fn(v)) ok = fail(out, path, code);
        return ok;
      }
      case "number": {
        if (typeof v !== "number" || Number.isNaN(v)) return typeIssue(out, path, v, "number");
        if (n.int && !Number.isSafeInteger(v)) return fail(out, path, "schema.not-integer");
        if (!Number.isFinite(v)) return typeIssue(out, path, v, "number");
        let ok = true;
        if (v < n.min) ok = fail(out, path, "schema.too-small", { origin: "number", minimum: n.min });
        if (v > n.max) ok = fail(out, path, "schema.too-big", { origin: "number", maximum: n.max });
        return ok;
      }
      case "boolean":
        return typeof v === "boolean" || typeIssue(out, path, v, "boolean");
      case "literal":
      case "enum":
        if (n.set.has(v)) return true;
        return v === undefined
          ? fail(out, path, "schema.required")
          : fail(out, path, "schema.enum", { values: n.values });
      case "optional":
        return v === undefined || walk(n.of, v, path, out);
      case "nullable":
        return v === null || walk(n.of, v, path, out);
      case "array": {
        if (!Array.isArray(v)) {
          typeIssue(out, path, v, "array");
          lengthQuirk(out, path, v, n.min, n.max, "array");
          return false;
        }
        let ok = true;
        if (v.length < n.min) ok = fail(out, path, "schema.too-small", { origin: "array", minimum: n.min });
        if (v.length > n.max) ok = fail(out, path, "schema.too-big", { origin: "array", maximum: n.max });
        for (let k = 0; k < v.length; k++) {
          path.push(k);
          const good = walk(n.of, v[k], path, out);
          path.pop();
          if (!good) {
            ok = false;
            if (!out) return false;
          }
        }
        return ok;
      }
      case "object": {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return typeIssue(out, path, v, "object");
        const o = v as Record<string, unknown>;
        let ok = true;
        for (let k = 0; k < n.keys.length; k++) {
          const key = n.keys[k]!;
          path.push(key);
          const good = walk(n.of[k]!, o[key], path, out);
          path.pop();
          if (!good) {
            ok = false;
            if (!out) return false;
          }
        }
        const unknown: string[] = [];
        for (const key in o) if (!n.known.has(key)) unknown.push(key);
        if (unknown.length) ok = fail(out, path, "schema.unknown-key", { keys: unknown });
        return ok;
      }
      case "union": {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return typeIssue(out, path, v, "object");
        const opt = n.byValue.get((v as Record<string, unknown>)[n.d]);
        if (opt === undefined)
          return fail(out, [...path, n.d], "schema.union", { discriminator: n.d, options: n.options });
        return walk(opt, v, path, out);
      }
    }
  };

  const checks = ((opts.codegen ?? true) && generator?.(nodes)) || compileChecks(nodes);
  return {
    check: (value, root = "Document") => checks[rootOf(root)]!(value),
    issues: (value, root = "Document") => {
      const out: RawIssue[] = [];
      walk(rootOf(root), value, [], out);
      return out;
    },
  };
}

export type Check = (v: unknown) => boolean;

/**
 * The yes/no path as closures, one per node: no path bookkeeping and monomorphic calls, about
 * twice as fast as walking the nodes. It must accept exactly what `walk` accepts (the parity
 * tests run both on thousands of mutations).
 */
function compileChecks(nodes: Compiled[]): Check[] {
  const out: Check[] = new Array(nodes.length);
  const ref =
    (i: number): Check =>
    (v) =>
      out[i]!(v);
  nodes.forEach((n, i) => {
    switch (n.t) {
      case "string": {
        const { min, max, re, refine } = n;
        out[i] =
          re.length === 0 && refine.length === 0
            ? (v) => typeof v === "string" && v.length >= min && v.length <= max
            : (v) => {
                if (typeof v !== "string" || v.length < min || v.length > max) return false;
                for (const r of re) {
                  r.lastIndex = 0;
                  if (!r.test(v)) return false;
                }
                for (const [fn] of refine) if (!fn(v)) return false;
                return true;
              };
        break;
      }
      case "number": {
        const { int, min, max } = n;
        out[i] = (v) =>
          typeof v === "number" &&
          (int ? Number.isSafeInteger(v) : Number.isFinite(v)) &&
          v >= min &&
          v <= max;
        break;
      }
      case "boolean":
        out[i] = (v) => typeof v === "boolean";
        break;
      case "literal":
      case "enum": {
        const { set } = n;
        out[i] = (v) => set.has(v);
        break;
      }
      case "optional": {
        const c = ref(n.of);
        out[i] = (v) => v === undefined || c(v);
        break;
      }
      case "nullable": {
        const c = ref(n.of);
        out[i] = (v) => v === null || c(v);
        break;
      }
      case "array": {
        const c = ref(n.of);
        const { min, max } = n;
        out[i] = (v) => {
          if (!Array.isArray(v) || v.length < min || v.length > max) return false;
          for (let k = 0; k < v.length; k++) if (!c(v[k])) return false;
          return true;
        };
        break;
      }
      case "object": {
        const { keys, known } = n;
        const cs = n.of.map(ref);
        const count = keys.length;
        out[i] = (v) => {
          if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
          const o = v as Record<string, unknown>;
          for (let k = 0; k < count; k++) if (!cs[k]!(o[keys[k]!])) return false;
          for (const key in o) if (!known.has(key)) return false;
          return true;
        };
        break;
      }
      case "union": {
        const { d, byValue } = n;
        const by = new Map<unknown, Check>([...byValue].map(([val, o]) => [val, ref(o)]));
        out[i] = (v) => {
          if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
          const c = by.get((v as Record<string, unknown>)[d]);
          return c?.(v) === true;
        };
        break;
      }
    }
  });
  return out;
}
