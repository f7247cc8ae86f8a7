/** Small walks over JSON values: numbers and amounts of money inside a row, values at a path. */
import type { Money } from "../model/values";
import type { IssuePath } from "../validate/issues";
import { isMoney } from "./figures";

/** Call `f` with the relative path of every number inside `v` (a row of facts). */
export function eachNumber(v: unknown, f: (rel: IssuePath, n: number) => void, rel: IssuePath = []): void {
  if (typeof v === "number") f(rel, v);
  else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) eachNumber(v[i], f, [...rel, i]);
  } else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) if (x !== undefined) eachNumber(x, f, [...rel, k]);
}

/**
 * Call `f` with every amount of money inside `v`, its relative path and its key path (the keys
 * without list indices: `inKind/estimatedValue`). The `equivalent` of an amount is the same amount
 * in another currency: it is never visited (adding it would count the amount twice).
 */
export function eachMoney(
  v: unknown,
  f: (rel: IssuePath, keys: string[], m: Money) => void,
  rel: IssuePath = [],
  keys: string[] = [],
): void {
  if (isMoney(v)) {
    f(rel, keys, v);
    return;
  }
  // Only objects and lists can hold an amount: leaves are skipped without building their paths.
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x !== null && typeof x === "object") eachMoney(x, f, [...rel, i], keys);
    }
  } else if (v && typeof v === "object")
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === "object") eachMoney(x, f, [...rel, k], [...keys, k]);
    }
}

/** The value at `path` inside `v`, or undefined. */
export function valueAt(v: unknown, path: IssuePath): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}
