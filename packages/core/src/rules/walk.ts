/**
 * The walk that runs the rules attached to schema nodes: it follows the document along the
 * model IR and, at each object, runs the rules its node carries (`rules` of an IR object node,
 * from `withRules` in the model). It is compiled once per IR and rule set into one small
 * function per node, which descends only into the keys whose schema can hold a rule.
 */
import type { ModelIr } from "../schema/ir";
import type { IssuePath } from "../validate/issues";
import type { ObjectRule, RuleContext } from "./context";

type Visit = (v: unknown, path: IssuePath, ctx: RuleContext) => void;

const compiled = new WeakMap<ModelIr, WeakMap<object, Visit[]>>();

/** Whether the subtree of each node holds an object node with one of `rules`. */
function reachOf(ir: ModelIr, has: (i: number) => boolean): boolean[] {
  const reach = ir.nodes.map((_, i) => has(i));
  for (let changed = true; changed; ) {
    changed = false;
    ir.nodes.forEach((n, i) => {
      if (reach[i]) return;
      const kids = n.t === "object" ? n.of : n.t === "union" ? n.options : "of" in n ? [n.of] : [];
      if (kids.some((k) => reach[k])) reach[i] = changed = true;
    });
  }
  return reach;
}

function compile(ir: ModelIr, rules: Readonly<Record<string, ObjectRule>>): Visit[] {
  const at = ir.nodes.map((n) =>
    n.t === "object" ? (n.rules ?? []).flatMap((name) => (rules[name] ? [rules[name]] : [])) : [],
  );
  const reach = reachOf(ir, (i) => at[i]!.length > 0);
  const out: Visit[] = new Array(ir.nodes.length);
  const skip: Visit = () => {};
  const ref =
    (i: number): Visit =>
    (v, path, ctx) =>
      out[i]!(v, path, ctx);
  ir.nodes.forEach((n, i) => {
    if (!reach[i]) {
      out[i] = skip;
      return;
    }
    switch (n.t) {
      case "optional":
      case "nullable": {
        const inner = ref(n.of);
        out[i] = (v, path, ctx) => {
          if (v !== null && v !== undefined) inner(v, path, ctx);
        };
        break;
      }
      case "array": {
        const item = ref(n.of);
        out[i] = (v, path, ctx) => {
          if (!Array.isArray(v)) return;
          for (let k = 0; k < v.length; k++) {
            path.push(k);
            item(v[k], path, ctx);
            path.pop();
          }
        };
        break;
      }
      case "object": {
        const own = at[i]!;
        const keys = n.keys.filter((_, j) => reach[n.of[j]!]);
        const kids = n.keys.flatMap((_, j) => (reach[n.of[j]!] ? [ref(n.of[j]!)] : []));
        out[i] = (v, path, ctx) => {
          if (v === null || typeof v !== "object" || Array.isArray(v)) return;
          const o = v as Record<string, unknown>;
          for (const r of own) r.visit(o, path, ctx);
          for (let k = 0; k < keys.length; k++) {
            const x = o[keys[k]!];
            if (x === null || typeof x !== "object") continue;
            path.push(keys[k]!);
            kids[k]!(x, path, ctx);
            path.pop();
          }
        };
        break;
      }
      case "union": {
        const by = new Map<unknown, Visit>();
        for (const o of n.options) {
          const opt = ir.nodes[o];
          if (opt?.t !== "object") continue;
          const lit = ir.nodes[opt.of[opt.keys.indexOf(n.d)]!];
          if (lit?.t === "literal") for (const val of lit.v) by.set(val, ref(o));
        }
        const d = n.d;
        out[i] = (v, path, ctx) => {
          if (v === null || typeof v !== "object") return;
          by.get((v as Record<string, unknown>)[d])?.(v, path, ctx);
        };
        break;
      }
      default:
        out[i] = skip;
    }
  });
  return out;
}

/**
 * Run the `rules` attached to the schema nodes of `value` (valid at `root` of `ir`). Each rule
 * sees the object, its path and the context; objects are visited parent first, keys in the
 * order of the schema.
 */
export function runObjectRules(
  ir: ModelIr,
  root: string,
  value: unknown,
  rules: Readonly<Record<string, ObjectRule>>,
  ctx: RuleContext,
): void {
  const start = ir.roots[root];
  if (start === undefined) throw new RangeError(`no schema named ${root} in the model IR`);
  let byRules = compiled.get(ir);
  if (!byRules) {
    byRules = new WeakMap();
    compiled.set(ir, byRules);
  }
  let visits = byRules.get(rules);
  if (!visits) {
    visits = compile(ir, rules);
    byRules.set(rules, visits);
  }
  visits[start]!(value, [], ctx);
}
