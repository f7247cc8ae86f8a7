/**
 * The fact keys of the model, read from core's model IR, and documents that set them: every key
 * under a `facts` object of a report, a plan or a notice, named by its path from the document
 * root (`ReportDocument.body.areas.delegations.facts.delegations[].headRank`), with what it takes
 * to find it in a fixture, plant it in one when no fixture sets it, and remove or change it.
 */
import { type IrNode, MODEL_IR } from "@doingoai/core";

type Json = unknown;
type JsonObject = Record<string, Json>;
/** A location in a document: keys and array indices. */
export type Location = (string | number)[];

export const DOCUMENT_ROOTS = ["ReportDocument", "PlanDocument", "NoticeDocument"] as const;
export type DocumentRoot = (typeof DOCUMENT_ROOTS)[number];
export const KIND_OF_ROOT: Record<DocumentRoot, string> = {
  ReportDocument: "report",
  PlanDocument: "plan",
  NoticeDocument: "conclusion-notice",
};

export interface FactKey {
  root: DocumentRoot;
  /** Path from the document root; "[]" stands for any element of an array. */
  path: string[];
  /** The IR node of the value under the key. */
  node: number;
  /** The key may be left out (its node is optional). */
  optional: boolean;
}

const N = MODEL_IR.nodes;
const node = (i: number): IrNode => N[i]!;

/** "ReportDocument.body.areas.delegations.facts.delegations[].headRank". */
export function keyName(k: Pick<FactKey, "root" | "path">): string {
  return [k.root, ...k.path].join(".").replaceAll(".[]", "[]");
}

/** The node under optional and nullable wrappers. */
function unwrap(i: number): number {
  let n = node(i);
  while (n.t === "optional" || n.t === "nullable") {
    i = n.of;
    n = node(i);
  }
  return i;
}

/** Every key under a `facts` object of the three document kinds, each path once. */
export function factKeys(): FactKey[] {
  const out = new Map<string, FactKey>();
  const walk = (root: DocumentRoot, i: number, path: string[], inFacts: boolean, seen: Set<number>) => {
    const n = node(i);
    if (seen.has(i)) return;
    if (n.t === "optional" || n.t === "nullable") walk(root, n.of, path, inFacts, seen);
    else if (n.t === "array") walk(root, n.of, [...path, "[]"], inFacts, seen);
    else if (n.t === "union") for (const o of n.options) walk(root, o, path, inFacts, seen);
    else if (n.t === "object") {
      const inner = new Set(seen).add(i);
      n.keys.forEach((key, j) => {
        const child = n.of[j]!;
        const p = [...path, key];
        if (inFacts) {
          const k: FactKey = { root, path: p, node: child, optional: node(child).t === "optional" };
          out.set(keyName(k), k);
        }
        walk(root, child, p, inFacts || key === "facts", inner);
      });
    }
  };
  for (const root of DOCUMENT_ROOTS) walk(root, MODEL_IR.roots[root]!, [], false, new Set());
  return [...out.values()];
}

function isObject(v: Json): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The locations in `doc` where a key of `path` is set. */
export function locations(doc: Json, path: readonly string[]): Location[] {
  const out: Location[] = [];
  const visit = (v: Json, k: number, at: Location) => {
    if (k === path.length) {
      out.push(at);
      return;
    }
    const seg = path[k]!;
    if (seg === "[]") {
      if (Array.isArray(v)) for (const [i, x] of v.entries()) visit(x, k + 1, [...at, i]);
    } else if (isObject(v) && v[seg] !== undefined) visit(v[seg], k + 1, [...at, seg]);
  };
  visit(doc, 0, []);
  return out;
}

/** The value at a location. */
export function valueAt(doc: Json, at: Location): Json {
  let v = doc;
  for (const seg of at) v = (v as Record<string | number, Json>)[seg];
  return v;
}

/** ADR 2: the narrative wins over facts. Drop the narrative beside the facts that hold `at`. */
export function withoutNarrative(doc: Json, at: Location): void {
  const f = at.indexOf("facts");
  if (f < 0) return;
  const owner = valueAt(doc, at.slice(0, f));
  if (isObject(owner)) delete owner.narrative;
}

/** Strings tried, in order, for a string node with patterns: the first that fits is taken. */
const STRINGS = [
  "Giá trị thử",
  "2026-03-15",
  "2026-03-16",
  "2026",
  "15/QĐ-UBND",
  "16/QĐ-UBND",
  "USD",
  "EUR",
  "thu",
];

function fits(n: Extract<IrNode, { t: "string" }>, s: string): boolean {
  if (n.min !== undefined && s.length < n.min) return false;
  if (n.max !== undefined && s.length > n.max) return false;
  return (n.re ?? []).every(([source, flags]) => new RegExp(source, flags).test(s));
}

/** The smallest value of a node: its required keys only, arrays at their minimum length. */
function minimal(i: number): Json {
  const n = node(unwrap(i));
  switch (n.t) {
    case "string":
      return STRINGS.find((s) => fits(n, s)) ?? STRINGS[0];
    case "number": {
      // Small figures, each other than the last: a change of one shows in a comparison.
      serial++;
      return Math.min(n.max ?? Number.MAX_SAFE_INTEGER, (n.min ?? 0) + 6 + (serial % 40));
    }
    case "boolean":
      return true;
    case "literal":
    case "enum":
      return n.v[0];
    case "array":
      return Array.from({ length: n.min ?? 0 }, () => minimal(n.of));
    case "object": {
      const o: JsonObject = {};
      n.keys.forEach((k, j) => {
        if (node(n.of[j]!).t !== "optional") o[k] = minimal(n.of[j]!);
      });
      return o;
    }
    case "union":
      return minimal(n.options[0]!);
    default:
      return undefined;
  }
}

/** The union option (object node) that has `key`. */
function optionWith(n: Extract<IrNode, { t: "union" }>, key: string): number | undefined {
  return n.options.find((o) => {
    const x = node(unwrap(o));
    return x.t === "object" && x.keys.includes(key);
  });
}

let serial = 0;

/**
 * A value of node `i` as a fact to look for: strings that share no word with any other ("Giá trị
 * 17"), an enum's second value (the first is often what an absent key means: "exact",
 * "agreement"), objects with every key, arrays with one element.
 */
function full(i: number, depth = 0): Json {
  const n = node(unwrap(i));
  switch (n.t) {
    case "string": {
      serial++;
      const own = `Giá trị ${serial}`;
      return fits(n, own) ? own : (STRINGS.find((s) => fits(n, s)) ?? own);
    }
    case "enum":
      return n.v[1] ?? n.v[0];
    case "array":
      return depth > 3 ? minimal(i) : [full(n.of, depth + 1)];
    case "object": {
      if (depth > 3) return minimal(i);
      const o: JsonObject = {};
      n.keys.forEach((k, j) => {
        o[k] = full(n.of[j]!, depth + 1);
      });
      return o;
    }
    default:
      return minimal(i);
  }
}

/**
 * A value of node `i` that sets the key at the end of `rest`, everything else at its minimum
 * (`rich`: with every key, for a fact shown only beside others, as a rate date beside an
 * equivalent amount).
 */
function grow(i: number, rest: readonly string[], rich: boolean): Json {
  const n = node(unwrap(i));
  if (rest.length === 0) return full(i);
  const [seg, ...more] = rest as [string, ...string[]];
  if (n.t === "array") return [grow(n.of, more, rich)];
  if (n.t === "union") return grow(optionWith(n, seg) ?? n.options[0]!, rest, rich);
  if (n.t !== "object") return minimal(i);
  const o = (rich ? full(i) : minimal(i)) as JsonObject;
  o[seg] = grow(n.of[n.keys.indexOf(seg)]!, more, rich);
  return o;
}

/** Sets the value at a location. */
export function setAt(doc: Json, at: Location, value: Json): void {
  const parent = valueAt(doc, at.slice(0, -1)) as Record<string | number, Json>;
  parent[at[at.length - 1]!] = value;
}

/**
 * Sets the key of `path` in `doc` (a document of `root`), adding what is missing from the model's
 * minimum values (`rich`: every key) and turning the answer that holds the facts into a content
 * answer; gives the location of the key.
 */
export function plant(doc: Json, root: DocumentRoot, path: readonly string[], rich = false): Location {
  let i = MODEL_IR.roots[root]!;
  let v = doc;
  const at: Location = [];
  for (let k = 0; k < path.length; k++) {
    const seg = path[k]!;
    let n = node(unwrap(i));
    if (n.t === "union" && isObject(v)) {
      const option = optionWith(n, seg) ?? n.options[0]!;
      const o = node(unwrap(option));
      if (o.t === "object") {
        const d = o.keys.indexOf(n.d);
        const tag = node(o.of[d]!);
        if (tag.t === "literal") v[n.d] = tag.v[0];
        for (const key of Object.keys(v)) if (!o.keys.includes(key)) delete v[key];
      }
      i = option;
      n = node(unwrap(i));
    }
    if (seg === "[]") {
      if (n.t !== "array" || !Array.isArray(v)) throw new Error(`no array at ${at.join(".")}`);
      v.push(grow(n.of, path.slice(k + 1), rich));
      return [...at, v.length - 1, ...concrete(path.slice(k + 1))];
    }
    if (n.t !== "object" || !isObject(v)) throw new Error(`no object at ${at.join(".")}`);
    if (seg === "facts") delete v.narrative;
    const child = n.of[n.keys.indexOf(seg)]!;
    if (v[seg] === undefined) {
      v[seg] = grow(child, path.slice(k + 1), rich);
      return [...at, seg, ...concrete(path.slice(k + 1))];
    }
    at.push(seg);
    v = v[seg];
    i = child;
  }
  return at;
}

/** A path grown by `grow` as a location: each array has one element. */
function concrete(path: readonly string[]): Location {
  return path.map((s) => (s === "[]" ? 0 : s));
}

/**
 * Takes the key at `at` out: deleted when it may be left out, else changed to another value its
 * node allows. False when a required key cannot be changed (a single literal).
 */
export function takeOut(doc: Json, at: Location, key: FactKey): boolean {
  const parent = valueAt(doc, at.slice(0, -1)) as Record<string | number, Json>;
  const last = at[at.length - 1]!;
  if (key.optional) {
    delete parent[last];
    return true;
  }
  const changed = another(parent[last], key.node);
  if (changed === undefined) return false;
  parent[last] = changed;
  return true;
}

/** Another value of node `i` than `v`, or undefined when the node allows no other. */
function another(v: Json, i: number): Json {
  const n = node(unwrap(i));
  switch (n.t) {
    case "string":
      return STRINGS.find((s) => s !== v && fits(n, s)) ?? `${String(v)} khác`;
    case "number": {
      const up = (v as number) + 1;
      return n.max !== undefined && up > n.max ? (v as number) - 1 : up;
    }
    case "boolean":
      return !v;
    case "enum":
      return n.v.find((x) => x !== v);
    case "literal":
      return undefined;
    case "array": {
      const list = v as Json[];
      return list.length > (n.min ?? 0) ? list.slice(0, -1) : [...list, structuredClone(list[0])];
    }
    case "object": {
      const o = v as JsonObject;
      for (const [j, k] of n.keys.entries()) {
        if (o[k] === undefined || node(n.of[j]!).t === "optional") continue;
        const x = another(o[k], n.of[j]!);
        if (x !== undefined) return { ...o, [k]: x };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
