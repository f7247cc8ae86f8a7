/**
 * fast-check arbitraries for documents, derived from the model IR walked alongside the example
 * documents: every field the examples have is reached through its IR node, so a new field in the
 * model and the examples is fuzzed with no change here.
 *
 * - validDocument: an example with up to 40 of its free-text sites (string nodes without a
 *   pattern: names, titles, paragraphs, list items, table cells, units) replaced by hostile
 *   text that still has a visible letter. Patterns, enums, numbers and dates are
 *   kept, so the cross-field rules still hold: the result is valid.
 * - invalidDocument: an example with one mutation that the IR says is invalid at that node (a
 *   wrong type, a missing required key, an unknown key — `__proto__` among them —, a string past
 *   its maximum or against its pattern, a value outside an enum).
 */

import { type IrNode, MODEL_IR } from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import fc from "fast-check";

type Path = (string | number)[];
type Obj = Record<string, unknown>;

/** A place in an example: its path, its value and the IR node that describes it. */
export interface Site {
  path: Path;
  value: unknown;
  node: number;
}

const nodes = MODEL_IR.nodes;

/** The IR node that describes `value` under node `i` (through optional, nullable, unions). */
function resolveNode(i: number, value: unknown): number | undefined {
  const n = nodes[i]!;
  if (n.t === "optional" || n.t === "nullable") return value == null ? undefined : resolveNode(n.of, value);
  if (n.t === "union") {
    const d = (value as Obj | null)?.[n.d];
    for (const o of n.options) {
      const opt = nodes[o] as Extract<IrNode, { t: "object" }>;
      const lit = nodes[opt.of[opt.keys.indexOf(n.d)]!] as Extract<IrNode, { t: "literal" }>;
      if (lit.v.includes(d as never)) return o;
    }
    return undefined;
  }
  return i;
}

/** Every site of `doc` with its IR node. */
export function sitesOf(doc: unknown): Site[] {
  const out: Site[] = [];
  const walk = (i: number, value: unknown, path: Path) => {
    const at = resolveNode(i, value);
    if (at === undefined) return;
    out.push({ path, value, node: at });
    const n = nodes[at]!;
    if (n.t === "object")
      n.keys.forEach((k, j) => {
        if ((value as Obj)[k] !== undefined) walk(n.of[j]!, (value as Obj)[k], [...path, k]);
      });
    else if (n.t === "array")
      (value as unknown[]).forEach((v, j) => {
        walk(n.of, v, [...path, j]);
      });
  };
  walk(MODEL_IR.roots.Document!, doc, []);
  return out;
}

function setAt(doc: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Obj)[k], doc) as Obj;
  const key = path.at(-1)!;
  if (value === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Vietnamese words: every hostile string starts with one, so it always has a visible letter. */
const WORDS = [
  "Công tác",
  "đối ngoại",
  "Ủy ban",
  "Nguyễn Văn Ánh",
  "Sở Ngoại vụ",
  "Lạng Sơn",
  "ĐOÀN",
  "hợp tác",
];
/** Pieces of hostile text: markup, XML/JSON breakers, controls, invisible and bidi characters, NFD, TCVN3, astral. */
export const HOSTILE_PIECES = [
  "<b id=fuzz>",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "&amp;&lt;&#x3C;",
  "]]>",
  "</w:t></w:r>",
  '{"a":"\\u0000"}',
  "${x}{{x}}",
  "\u0000\u0001\u0008\u000b\u000c\u001f\u007f",
  "\u0080\u009f",
  "\r\n\t",
  "\u200b\u200c\u200d\u2060\ufeff",
  "\u202e\u202d\u2066\u2069\u200f",
  "\ud800",
  "\udfff",
  "\ufffe\uffff",
  "Co\u0302ng ta\u0301c",
  "C\u00abng t\u00b8c",
  "Ng\u01a3\u01a3i",
  "😀𝕍",
  " ",
  "\n",
];
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
export const hostileText = (max: number) =>
  fc
    .tuple(fc.constantFrom(...WORDS), fc.array(piece, { maxLength: 6 }))
    .map(([w, ps]) => (w + ps.join("")).slice(0, max));

/** Free text: a string node without a pattern (names, titles, paragraphs, cells, units). */
const isFreeText = (n: IrNode) => n.t === "string" && !n.re?.length && !n.refine?.length;

const bases = EXAMPLE_NAMES.map((name) => ({ name, doc: example(name), sites: sitesOf(example(name)) }));

/** A valid document: an example with up to 40 of its free-text sites replaced by hostile text. */
export const validDocument = fc.constantFrom(...bases).chain(({ name, doc, sites }) => {
  const texts = sites.filter((s) => isFreeText(nodes[s.node]!));
  const change = fc.nat(texts.length - 1).chain((i) => {
    const n = nodes[texts[i]!.node] as Extract<IrNode, { t: "string" }>;
    return hostileText(Math.min(n.max ?? 60, 60)).map((text) => [i, text] as const);
  });
  return fc.array(change, { maxLength: 40 }).map((changes) => {
    const d = structuredClone(doc);
    for (const [i, text] of changes) setAt(d, texts[i]!.path, text);
    return { name, doc: d };
  });
});

/** One mutation that the IR says is invalid at a site. */
function invalidMutations(site: Site): { what: string; value: unknown }[] {
  const n = nodes[site.node]!;
  const out: { what: string; value: unknown }[] = [];
  switch (n.t) {
    case "string":
      out.push({ what: "number for text", value: 42 });
      if (n.max !== undefined) out.push({ what: "text past its maximum", value: "a".repeat(n.max + 1) });
      if (n.re?.length) out.push({ what: "text against its pattern", value: "#?" });
      break;
    case "number":
      out.push({ what: "text for a number", value: "12" });
      if (n.max !== undefined) out.push({ what: "number past its maximum", value: n.max + 1 });
      if (n.int) out.push({ what: "fraction for an integer", value: 1.5 });
      break;
    case "boolean":
      out.push({ what: "text for a boolean", value: "true" });
      break;
    case "enum":
    case "literal":
      out.push({ what: "value outside the enum", value: "khong-co" });
      break;
    case "array":
      out.push({ what: "object for a list", value: {} });
      break;
    case "object": {
      out.push({ what: "list for an object", value: [] });
      for (const key of ["__proto__", "constructor", "prototype", "khongCo"])
        out.push({ what: `unknown key ${key}`, value: { [`@@${key}`]: { body: 1 } } });
      // A document without schemaVersion is a version-0 document (migrated), not an invalid one.
      const required = n.keys.filter((k, j) => nodes[n.of[j]!]!.t !== "optional" && k !== "schemaVersion");
      for (const key of required) out.push({ what: `missing ${key}`, value: { [`--${key}`]: true } });
      break;
    }
  }
  return out;
}

/** Apply a mutation (object mutations add or remove one key of the object at the site). */
function applyMutation(doc: unknown, site: Site, value: unknown): unknown {
  const d = structuredClone(doc) as Obj;
  if (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1
  ) {
    const [k] = Object.keys(value);
    const target = site.path.reduce<unknown>((o, p) => (o as Obj)[p], d) as Obj;
    if (k!.startsWith("@@")) {
      setAt(d, [...site.path, k!.slice(2)], (value as Obj)[k!]);
      return d;
    }
    if (k!.startsWith("--")) {
      delete target[k!.slice(2)];
      return d;
    }
  }
  if (site.path.length === 0) return value;
  setAt(d, site.path, value);
  return d;
}

/** An invalid document: an example with one mutation the IR says is invalid. */
export const invalidDocument = fc.constantFrom(...bases).chain(({ name, doc, sites }) =>
  fc
    .constantFrom(...sites)
    .chain((site) => {
      const ms = invalidMutations(site);
      return ms.length ? fc.constantFrom(...ms).map((m) => ({ site, m })) : fc.constant(undefined);
    })
    .filter((x) => x !== undefined)
    .map(({ site, m }) => ({
      name,
      path: site.path,
      what: m.what,
      doc: applyMutation(doc, site, m.value),
    })),
);
