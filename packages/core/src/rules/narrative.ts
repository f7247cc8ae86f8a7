/**
 * Narrative and facts (ADR 2): every content answer of the document, found by one walk along the
 * model IR (an object node whose keys hold `narrative` and `facts`), and the warning
 * `narrative.facts-left-out` when such an answer chooses to print its narrative only
 * (`print: "narrative"`) while holding typed facts the narrative does not state.
 */
import { MODEL_IR } from "../generated/ir";
import { APPENDIX_ROWS } from "../model/appendix-rows";
import type { Document } from "../model/document";
import type { ModelIr } from "../schema/ir";
import type { IssuePath } from "../validate/issues";
import type { DocumentRule } from "./context";
import { type FactLeaf, unstatedFacts } from "./facts-stated";

/** A content answer met in a document: the object, its path, the IR node of its facts. */
export interface ContentAnswer {
  answer: { narrative?: string[]; facts?: object; print?: string };
  path: IssuePath;
  factsNode: number;
}

/** Every content answer (narrative and/or facts) of `value`, valid at IR root `root`. */
export function contentAnswers(value: unknown, root = "Document", ir: ModelIr = MODEL_IR): ContentAnswer[] {
  const out: ContentAnswer[] = [];
  const start = ir.roots[root];
  if (start === undefined) throw new RangeError(`no schema named ${root} in the model IR`);
  const walk = (v: unknown, i: number, path: IssuePath): void => {
    if (v === null || typeof v !== "object") return;
    const n = ir.nodes[i];
    if (n === undefined) return;
    switch (n.t) {
      case "optional":
      case "nullable":
        walk(v, n.of, path);
        return;
      case "array":
        if (Array.isArray(v)) for (let k = 0; k < v.length; k++) walk(v[k], n.of, [...path, k]);
        return;
      case "union": {
        const tag = (v as Record<string, unknown>)[n.d];
        for (const o of n.options) {
          const opt = ir.nodes[o];
          if (opt?.t !== "object") continue;
          const lit = ir.nodes[opt.of[opt.keys.indexOf(n.d)]!];
          if (lit?.t === "literal" && lit.v.includes(tag as never)) walk(v, o, path);
        }
        return;
      }
      case "object": {
        const o = v as Record<string, unknown>;
        const f = n.keys.indexOf("facts");
        if (f >= 0 && n.keys.includes("narrative")) {
          out.push({ answer: o as ContentAnswer["answer"], path, factsNode: n.of[f]! });
          return;
        }
        n.keys.forEach((k, j) => {
          walk(o[k], n.of[j]!, [...path, k]);
        });
        return;
      }
      default:
        return;
    }
  };
  walk(value, start, []);
  return out;
}

/**
 * Whether a leaf of the answer's facts is printed in one of the document's appendix tables built
 * from facts (`APPENDIX_ROWS`): a row of the table's list, of the table's kind (the delegations of
 * its direction), in one of the columns.
 */
function printedInAppendix(doc: Document | undefined, a: ContentAnswer): (leaf: FactLeaf) => boolean {
  const [body, areas, area] = a.path;
  if (doc === undefined || body !== "body" || areas !== "areas" || a.path.length !== 3) return () => false;
  const facts = a.answer.facts as Record<string, unknown> | undefined;
  const tables = (doc.appendices ?? []).flatMap((x) => {
    if (x.table.type === "free") return [];
    const source: { area: string; list: string; match?: string; fields: readonly string[] } =
      APPENDIX_ROWS[x.table.type];
    return source.area === area ? [{ source, spec: x.table as Record<string, unknown> }] : [];
  });
  if (tables.length === 0 || facts === undefined) return () => false;
  return (leaf) => {
    const [list, index, field] = leaf.path;
    if (typeof index !== "number" || typeof field !== "string") return false;
    const row = (facts[String(list)] as Record<string, unknown>[] | undefined)?.[index];
    return tables.some(
      ({ source, spec }) =>
        source.list === list &&
        source.fields.includes(field) &&
        (source.match === undefined || row?.[source.match] === spec[source.match]),
    );
  };
}

/**
 * The leaves a narrative-only answer leaves out of the document: those its narrative does not
 * state and no appendix table of `doc` prints.
 */
export function factsLeftOut(a: ContentAnswer, doc?: Document): FactLeaf[] {
  const { narrative, facts } = a.answer;
  if (facts === undefined || narrative === undefined || narrative.length === 0) return [];
  const printed = printedInAppendix(doc, a);
  return unstatedFacts(facts, a.factsNode, narrative)
    .unstated.flatMap((u) => u.leaves)
    .filter((l) => !printed(l));
}

/** How many facts left out a warning names (its `count` gives them all). */
const MAX_NAMED = 12;

/** A short text of a leaf for a message: the value, cut at 60 characters. */
function shown(l: FactLeaf): string {
  const s = String(l.value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** `print: "narrative"` with typed facts the narrative does not state: a warning naming them. */
export const narrativeLeavesOutFacts: DocumentRule = ({ doc, report }) => {
  for (const a of contentAnswers(doc)) {
    if (a.answer.print !== "narrative") continue;
    const left = factsLeftOut(a, doc);
    if (left.length === 0) continue;
    // The first MAX_NAMED are named (a long list of rows would make the message unreadable).
    const named = left.slice(0, MAX_NAMED);
    const more = left.length > MAX_NAMED ? "; …" : "";
    report("narrative.facts-left-out", [...a.path, "print"], "warning", {
      facts: named.map(shown).join("; ") + more,
      paths: named.map((l) => ["facts", ...l.path].join(".")).join(", ") + (more === "" ? "" : ", …"),
      count: left.length,
    });
  }
};
