/**
 * Immutable reads and writes at a path. A write copies only the objects along the path, so the
 * rows that were not edited keep their identity (Lit's `guard` then skips re-rendering them).
 */
import type { Path } from "./schema";

export type Obj = Record<string | number, unknown>;

export const pathKey = (path: Path): string => path.join(".");

export function keyPath(key: string): Path {
  return key === "" ? [] : key.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function getAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Obj)[k];
  }
  return cur;
}

/** A copy of `data` with `value` at `path`; `undefined` removes an object key. */
export function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path as [string | number, ...Path];
  const base =
    data !== null && typeof data === "object" ? data : typeof k === "number" ? ([] as unknown[]) : {};
  const child = setAt((base as Obj)[k], rest, value);
  if (Array.isArray(base)) {
    const copy = base.slice();
    copy[k as number] = child;
    return copy;
  }
  const copy: Obj = { ...(base as Obj) };
  if (child === undefined) delete copy[k];
  else copy[k] = child;
  return copy;
}

/** Whether a value holds nothing a person entered: undefined, "", [], {} or objects of those. */
export function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.every(isEmpty);
  if (typeof v === "object") return Object.values(v as Obj).every(isEmpty);
  return false;
}

/** Whether `prefix` is `path` or one of its ancestors. */
export function isPrefix(prefix: Path, path: Path): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

/** Move an array item from `from` to `to` (a copy). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
