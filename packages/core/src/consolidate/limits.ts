/**
 * The model's list limits, read from the model IR (one source): a consolidated list longer than
 * the model allows is cut in the document and kept whole in the record.
 */
import { MODEL_IR } from "../generated/ir";
import type { IrNode } from "../schema/ir";

const cache = new Map<string, number | undefined>();

function unwrap(i: number): number {
  for (let guard = 0; guard < 20; guard++) {
    const n: IrNode = MODEL_IR.nodes[i]!;
    if (n.t === "optional" || n.t === "nullable") i = n.of;
    else if (n.t === "union") {
      // Answers: the option whose discriminator is "content" holds the facts.
      const pick = n.options.find((o) => {
        const opt = MODEL_IR.nodes[o] as Extract<IrNode, { t: "object" }>;
        const lit = MODEL_IR.nodes[opt.of[opt.keys.indexOf(n.d)]!];
        return lit?.t === "literal" && lit.v.includes("content");
      });
      i = pick ?? n.options[0]!;
    } else return i;
  }
  return i;
}

/**
 * The maximum length of the list at `path` in a report document (`"*"` steps into a list's items),
 * or undefined when the model sets none or the path is not a list.
 * @example maxItems(["body", "areas", "delegations", "facts", "delegations"]) === 5000
 */
export function maxItems(path: readonly string[]): number | undefined {
  const k = path.join("\u0000");
  if (cache.has(k)) return cache.get(k);
  let i: number | undefined = MODEL_IR.roots.ReportDocument;
  for (const step of path) {
    if (i === undefined) break;
    const n: IrNode = MODEL_IR.nodes[unwrap(i)]!;
    if (step === "*") i = n.t === "array" ? n.of : undefined;
    else if (n.t === "object") {
      const at = n.keys.indexOf(step);
      i = at < 0 ? undefined : n.of[at];
    } else i = undefined;
  }
  const n = i === undefined ? undefined : MODEL_IR.nodes[unwrap(i)];
  const max = n?.t === "array" ? n.max : undefined;
  cache.set(k, max);
  return max;
}
