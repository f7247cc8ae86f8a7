/**
 * The cross-field rules on a document whose structure is not valid, so that a person sees every
 * error at once instead of structure errors first and rule errors after fixing them.
 *
 * A rule here sees the document through a read-only view that stops it (throws) at its first
 * read of a part the structure check found invalid (a path of a structural issue, or anything
 * under it). A rule that ran to its end read only valid parts, so its issues are true of the
 * document and are kept; a rule that was stopped, or failed on the invalid data, reports
 * nothing. Each visit of an object rule is one run (a date rule on row 3 is not stopped by an
 * invalid row 5); a document rule is one run. Enumerating an object's keys (`for…in`,
 * `Object.keys`) leaves out its invalid children, so a rule that walks every value (`textPrints`)
 * goes round them. The view is read-only and never changes the document.
 *
 * The input is already bounded (bounds.ts) and cleaned: the rules do no more work here than on a
 * valid document of the same size.
 */
import { MODEL_IR } from "../generated/ir";
import type { Document } from "../model/document";
import type { DocumentRule, ObjectRule, RuleContext } from "../rules/context";
import { runObjectRules } from "../rules/walk";
import type { IssuePath, RawIssue } from "./issues";

const SEP = "\u0000";

/** The key of a path: its steps joined (numbers and their string forms are the same step). */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join(SEP);
}

class Stopped extends Error {}

/** A read-only view of the document that stops at invalid parts. */
interface Guard {
  /** The view of `value`, found at the path with key `key`. */
  wrap(value: unknown, key: string): unknown;
  /** Whether the path, or a path above it, is invalid. */
  blocked(path: IssuePath): boolean;
  root: unknown;
}

function makeGuard(doc: unknown, invalid: ReadonlySet<string>): Guard {
  const child = (key: string, p: string) => (key === "" ? p : key + SEP + p);
  const wrap = (value: unknown, key: string): unknown => {
    if (value === null || typeof value !== "object") return value;
    const real = value as Record<PropertyKey, unknown>;
    const isArray = Array.isArray(real);
    // A fresh target: the view never depends on the document being extensible or frozen.
    const target = isArray ? [] : Object.create(Object.getPrototypeOf(real));
    return new Proxy(target, {
      get(_, p) {
        if (typeof p === "symbol") return Reflect.get(real, p);
        const k = child(key, p);
        if (invalid.has(k)) throw new Stopped();
        if (!Object.hasOwn(real, p)) return Reflect.get(real, p);
        return wrap(real[p], k);
      },
      has(_, p) {
        if (typeof p === "string" && invalid.has(child(key, p))) throw new Stopped();
        return Reflect.has(real, p);
      },
      ownKeys() {
        return Reflect.ownKeys(real).filter((p) => typeof p !== "string" || !invalid.has(child(key, p)));
      },
      getOwnPropertyDescriptor(_, p) {
        if (isArray && p === "length")
          return {
            value: (real as unknown[]).length,
            writable: true,
            enumerable: false,
            configurable: false,
          };
        if (typeof p === "string" && invalid.has(child(key, p))) return undefined;
        const d = Reflect.getOwnPropertyDescriptor(real, p);
        if (!d) return undefined;
        const v = typeof p === "string" && "value" in d ? wrap(d.value, child(key, p)) : d.value;
        return { value: v, writable: false, enumerable: d.enumerable ?? false, configurable: true };
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
      setPrototypeOf: () => false,
      preventExtensions: () => false,
    });
  };
  return {
    wrap,
    blocked(path) {
      let k = "";
      if (invalid.has(k)) return true;
      for (const step of path) {
        k = child(k, String(step));
        if (invalid.has(k)) return true;
      }
      return false;
    },
    root: wrap(doc, ""),
  };
}

interface GuardedContext extends RuleContext {
  guard: Guard;
  out: RawIssue[];
}

/** Run `run` with a context whose reports are kept only if it ends without being stopped. */
function attempt(guard: Guard, out: RawIssue[], run: (ctx: RuleContext) => void): void {
  const found: RawIssue[] = [];
  const ctx: RuleContext = {
    doc: guard.root as Document,
    report(code, path, severity, params) {
      found.push(params ? { code, path, severity, params } : { code, path, severity });
    },
  };
  try {
    run(ctx);
  } catch {
    return; // stopped at an invalid part, or failed on it: the rule says nothing
  }
  out.push(...found);
}

/** The object rules wrapped to run guarded, made once per rule set (the walk is compiled per set). */
const wrappedSets = new WeakMap<object, Record<string, ObjectRule>>();
function wrapped(rules: Readonly<Record<string, ObjectRule>>): Record<string, ObjectRule> {
  let w = wrappedSets.get(rules);
  if (!w) {
    w = {};
    for (const [name, rule] of Object.entries(rules))
      w[name] = {
        visit(o, path, c) {
          const { guard, out } = c as GuardedContext;
          if (guard.blocked(path)) return;
          const view = guard.wrap(o, pathKey(path)) as Record<string, unknown>;
          attempt(guard, out, (ctx) => rule.visit(view, path, ctx));
        },
      };
    wrappedSets.set(rules, w);
  }
  return w;
}

/**
 * Run the rules on `doc` (cleaned, bounded, structurally invalid at the paths of `structural`):
 * object rules in one walk, then document rules, as on a valid document. Returns the issues of
 * the rules that read only valid parts.
 */
export function runRulesGuarded(
  doc: unknown,
  structural: readonly RawIssue[],
  documentRules: readonly DocumentRule[],
  objectRules: Readonly<Record<string, ObjectRule>>,
): RawIssue[] {
  const invalid = new Set(structural.map((i) => pathKey(i.path)));
  const out: RawIssue[] = [];
  if (invalid.has("") || doc === null || typeof doc !== "object") return out;
  const guard = makeGuard(doc, invalid);
  const ctx: GuardedContext = { doc: guard.root as Document, report() {}, guard, out };
  try {
    runObjectRules(MODEL_IR, "Document", doc, wrapped(objectRules), ctx);
  } catch {
    /* the walk only follows the IR over plain data; nothing of it is kept if it fails */
  }
  for (const r of documentRules) attempt(guard, out, r);
  return out;
}
