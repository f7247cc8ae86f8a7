/**
 * The first step of `validate`, before any scan of the text: bound the work by the model's
 * limits, not by the input. One walk reads only types, lengths and key counts:
 *
 * - a string longer than any string the model allows is replaced by a placeholder as long as
 *   that plus one (so no regex ever runs over it, and the structural check still reports it as
 *   too long, with the field's own maximum);
 * - a list longer than any list the model allows is cut to that plus one item (reported as
 *   too long by the structural check; the items past it are never looked at);
 * - an object with more keys than any object of the model keeps the keys the model knows and
 *   its first unknown ones (reported as unknown keys); an over-long key is shortened;
 * - the document-wide budgets of {@link LIMITS} (values, characters, table rows) are counted,
 *   and the walk stops at the first one exceeded: `document.too-large`.
 *
 * Nothing is copied when nothing is over a limit (the common case: one walk, no allocation).
 * Keys are set with `defineProperty` where copies are made, so `__proto__` stays a plain key.
 */
import { LIMITS } from "../model/limits";
import type { ModelIr } from "../schema/ir";
import type { IssuePath } from "./issues";

/** Deeper than any document of the model; guards the recursion against hostile input. */
export const MAX_DEPTH = 64;

/** Thrown when the input nests deeper than {@link MAX_DEPTH} or is cyclic. */
export class TooDeepError extends Error {
  constructor(readonly path: IssuePath) {
    super("input nested too deeply");
  }
}

/** Thrown when the input exceeds a document-wide budget of {@link LIMITS}. */
export class TooLargeError extends Error {
  constructor(
    readonly what: "documentValues" | "documentText" | "documentTableRows" | "jsonText",
    readonly path: IssuePath,
  ) {
    super(`input over the limit ${what} (${LIMITS[what]})`);
  }
}

/** What the walk needs to know of the model, computed once from its IR. */
export interface ModelBounds {
  /** The longest string any field accepts (a field without a maximum counts as this too). */
  maxString: number;
  maxArray: number;
  maxKeys: number;
  /** Every key of every object of the model. */
  keys: ReadonlySet<string>;
  maxKeyLength: number;
  /** What an over-long string becomes: `maxString + 1` spaces. */
  placeholder: string;
}

/** Unknown keys kept on an object with too many keys (enough to name them in the issue). */
const UNKNOWN_KEYS_KEPT = 10;
/** Lists an appendix may render as a table, by key. */
const TABLE_LISTS = new Set(["delegations", "projects", "agreements", "conferences"]);

export function boundsOf(ir: ModelIr): ModelBounds {
  let maxString: number = LIMITS.paragraph;
  let maxArray = 0;
  let maxKeys = 0;
  const keys = new Set<string>();
  for (const n of ir.nodes) {
    if (n.t === "string" && n.max !== undefined) maxString = Math.max(maxString, n.max);
    else if (n.t === "array") maxArray = Math.max(maxArray, n.max ?? Number.POSITIVE_INFINITY);
    else if (n.t === "object") {
      maxKeys = Math.max(maxKeys, n.keys.length);
      for (const k of n.keys) keys.add(k);
    } else if (n.t === "literal" || n.t === "enum")
      for (const v of n.v) if (typeof v === "string") maxString = Math.max(maxString, v.length);
  }
  if (!Number.isFinite(maxArray)) throw new Error("model IR: a list without a maximum length");
  let maxKeyLength = 0;
  for (const k of keys) maxKeyLength = Math.max(maxKeyLength, k.length);
  return { maxString, maxArray, maxKeys, keys, maxKeyLength, placeholder: " ".repeat(maxString + 1) };
}

function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

/** A plain copy of the own enumerable keys of `o` (`__proto__` kept as a key). */
function copyOf(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) setOwn(out, k, o[k]);
  return out;
}

/**
 * `input` bounded as described above; the same object when nothing is over a limit. Throws
 * {@link TooDeepError} or {@link TooLargeError}.
 */
export function boundInput(input: unknown, b: ModelBounds): unknown {
  let values = 0;
  let text = 0;
  let tableRows = 0;
  const path: IssuePath = [];

  const walk = (v: unknown, key: string | number | undefined): unknown => {
    if (++values > LIMITS.documentValues) throw new TooLargeError("documentValues", [...path]);
    if (typeof v === "string") {
      const s = v.length > b.maxString ? b.placeholder : v;
      text += s.length;
      if (text > LIMITS.documentText) throw new TooLargeError("documentText", [...path]);
      return s;
    }
    if (v === null || typeof v !== "object") return v;
    if (path.length >= MAX_DEPTH) throw new TooDeepError(path.slice(0, MAX_DEPTH));
    if (Array.isArray(v)) {
      const length = Math.min(v.length, b.maxArray + 1);
      if (typeof key === "string" && TABLE_LISTS.has(key)) tableRows += length;
      let out: unknown[] | undefined = length < v.length ? v.slice(0, length) : undefined;
      for (let i = 0; i < length; i++) {
        path.push(i);
        const x = walk(v[i], key);
        path.pop();
        if (x !== v[i]) {
          out ??= v.slice(0, length);
          out[i] = x;
        }
      }
      if (tableRows > LIMITS.documentTableRows) throw new TooLargeError("documentTableRows", [...path]);
      return out ?? v;
    }
    const o = v as Record<string, unknown>;
    let names = Object.keys(o);
    // Only own keys count: an object whose prototype carries `body` is read as without it.
    const proto = Object.getPrototypeOf(o);
    let out: Record<string, unknown> | undefined =
      proto === Object.prototype || proto === null ? undefined : copyOf(o);
    if (names.length > b.maxKeys) {
      let unknown = 0;
      names = names.filter((k) => b.keys.has(k) || unknown++ < UNKNOWN_KEYS_KEPT);
      out = {};
    }
    if (Array.isArray(o.rows) && Array.isArray(o.columns)) tableRows += o.rows.length;
    for (const k of names) {
      const name = k.length > b.maxKeyLength ? `${k.slice(0, b.maxKeyLength)}…` : k;
      path.push(name);
      const x = walk(o[k], k);
      path.pop();
      if (x !== o[k] || name !== k) out ??= copyOf(o);
      if (out) {
        if (name !== k) delete out[k];
        setOwn(out, name, x);
      }
    }
    return out ?? o;
  };
  return walk(input, undefined);
}
