/**
 * A long list of closed rows renders its first rows with the section and the rest in idle time,
 * a chunk at a time, after the first paint: opening a section with 300 delegations is not the
 * work of building 300 rows. Only closed rows wait (they hold no input, so nothing typed can be
 * lost), always after the rows shown, in their order before the list's "Thêm …" button; a row
 * open (added, opened to show an error) and every row before it render at once, and a list with
 * errors shown renders whole (the error summary links into it).
 */
import type { Path } from "../../model/schema";
import type { FieldHost } from "./field-parts";

/** Rows rendered with the section; the others come in chunks of this size. */
export const FIRST_ROWS = 50;

interface Shown {
  /** The form's `uiVersion` when the list started (a new value starts over). */
  version: number;
  rows: number;
  due: boolean;
}

const lists = new WeakMap<object, Map<string, Shown>>();

const idle = (f: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 16);

/** How many rows of the list at `path` (stable key `skey`, rows `ids`) to render now. */
export function rowsShown(h: FieldHost, path: Path, skey: string, ids: readonly string[]): number {
  const n = ids.length;
  if (n <= FIRST_ROWS) return n;
  let byList = lists.get(h);
  if (!byList) {
    byList = new Map();
    lists.set(h, byList);
  }
  let s = byList.get(skey);
  if (!s || s.version !== h.uiVersion) {
    s = { version: h.uiVersion, rows: FIRST_ROWS, due: false };
    byList.set(skey, s);
  }
  if (s.rows >= n) return n;
  if (h.errorKeyUnder(path)) s.rows = n;
  for (let i = n - 1; i >= s.rows; i--)
    if (h.rowOpen(ids[i]!, n)) {
      s.rows = i + 1;
      break;
    }
  if (s.rows >= n) {
    s.rows = Number.POSITIVE_INFINITY;
    return n;
  }
  if (!s.due) {
    s.due = true;
    const shown = s;
    // After the next paint, then when the browser is idle.
    requestAnimationFrame(() =>
      idle(() => {
        shown.due = false;
        shown.rows += FIRST_ROWS;
        h.requestUpdate();
      }),
    );
  }
  return s.rows;
}
