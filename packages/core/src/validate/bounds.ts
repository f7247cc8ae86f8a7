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

/** The counters of one walk. */
interface Walk {
  b: ModelBounds;
  values: number;
  text: number;
  tableRows: number;
  depth: number;
}

/** Only the depth is tracked: the budgets' issues are about the whole document. */
const here = (w: Walk): IssuePath => Array.from({ length: Math.min(w.depth, MAX_DEPTH) }, () => "…");

/**
 * `input` bounded as described above; the same object when nothing is over a limit. Throws
 * {@link TooDeepError} or {@link TooLargeError}.
 */
export function boundInput(input: unknown, b: ModelBounds): unknown {
  return walk({ b, values: 0, text: 0, tableRows: 0, depth: 0 }, input, undefined);
}

function walk(w: Walk, v: unknown, key: string | number | undefined): unknown {
  if (++w.values > LIMITS.documentValues) throw new TooLargeError("documentValues", here(w));
  if (typeof v === "string") {
    const s = v.length > w.b.maxString ? w.b.placeholder : v;
    w.text += s.length;
    if (w.text > LIMITS.documentText) throw new TooLargeError("documentText", here(w));
    return s;
  }
  if (v === null || typeof v !== "object") return v;
  if (w.depth >= MAX_DEPTH) throw new TooDeepError(here(w));
  w.depth++;
  const out = Array.isArray(v) ? walkArray(w, v, key) : walkObject(w, v as Record<string, unknown>);
  w.depth--;
  return out;
}

function walkArray(w: Walk, v: unknown[], key: string | number | undefined): unknown[] {
  const length = Math.min(v.length, w.b.maxArray + 1);
  if (typeof key === "string" && TABLE_LISTS.has(key)) w.tableRows += length;
  let out: unknown[] | undefined = length < v.length ? v.slice(0, length) : undefined;
  for (let i = 0; i < length; i++) {
    const x = walk(w, v[i], key);
    if (x !== v[i]) {
      out ??= v.slice(0, length);
      out[i] = x;
    }
  }
  if (w.tableRows > LIMITS.documentTableRows) throw new TooLargeError("documentTableRows", here(w));
  return out ?? v;
}

function walkObject(w: Walk, o: Record<string, unknown>): Record<string, unknown> {
  // Only own keys count: an object whose prototype carries `body` is read as without it.
  const proto = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return copyBounded(w, o);
  const { values, text, tableRows } = w;
  if (Array.isArray(o.rows) && Array.isArray(o.columns)) w.tableRows += o.rows.length;
  let out: Record<string, unknown> | undefined;
  let count = 0;
  for (const k in o) {
    if (++count > w.b.maxKeys || k.length > w.b.maxKeyLength) {
      // Rare: too many keys or an over-long one. Start again on the slow path.
      w.values = values;
      w.text = text;
      w.tableRows = tableRows;
      return copyBounded(w, o);
    }
    const x = walk(w, o[k], k);
    if (x !== o[k]) {
      out ??= copyOf(o);
      setOwn(out, k, x);
    }
  }
  return out ?? o;
}

/** The slow path: a copy with the known keys, the first unknown ones, long keys shortened. */
function copyBounded(w: Walk, o: Record<string, unknown>): Record<string, unknown> {
  let unknown = 0;
  const names = Object.keys(o).filter((k) => w.b.keys.has(k) || unknown++ < UNKNOWN_KEYS_KEPT);
  if (Array.isArray(o.rows) && Array.isArray(o.columns)) w.tableRows += o.rows.length;
  const out: Record<string, unknown> = {};
  for (const k of names) {
    const name = k.length > w.b.maxKeyLength ? `${k.slice(0, w.b.maxKeyLength)}…` : k;
    setOwn(out, name, walk(w, o[k], k));
  }
  return out;
}
