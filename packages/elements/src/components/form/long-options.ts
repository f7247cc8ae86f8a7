/**
 * A select with a long list of options (the currencies: 160; the qualifiers: 7) renders only the option chosen
 * until the browser is idle after the paint, or until it takes the focus (mouse or keyboard:
 * the list is there before it opens). Opening a section or adding a row is not the work of
 * building hundreds of options no one has looked at yet; the value shown is always the one
 * chosen, so nothing can be lost or changed.
 */
import type { FieldHost } from "./field-parts";
import { afterPaintIdle } from "./idle";

/** The form: what the lists belong to, which renders again when they are due. */
type Host = Pick<FieldHost, "requestUpdate">;

/** Lists longer than this wait (the qualifiers, "khoảng", "hơn"…, and the currencies; not the three-way choices). */
export const LONG_OPTIONS = 5;

interface State {
  /** Bumped when selects rendered short get their whole list (for the `guard`s around them). */
  version: number;
  full: Set<string>;
  short: Set<string>;
  due: boolean;
}

const states = new WeakMap<Host, State>();

function stateOf(h: Host): State {
  let s = states.get(h);
  if (!s) {
    s = { version: 0, full: new Set(), short: new Set(), due: false };
    states.set(h, s);
  }
  return s;
}

/** Changes when selects of the form get their whole list (a dependency of the `guard`s). */
export function optionsVersion(h: Host): number {
  return states.get(h)?.version ?? 0;
}

/** Whether the select `id` shows its whole list now (else it gets it soon, and renders again). */
export function wholeList(h: Host, id: string): boolean {
  const s = stateOf(h);
  if (s.full.has(id)) return true;
  s.short.add(id);
  if (!s.due) {
    s.due = true;
    afterPaintIdle(() => {
      s.due = false;
      showWholeLists(h);
    });
  }
  return false;
}

/** Give every select rendered short its whole list (at once: one took the focus). */
export function showWholeLists(h: Host): void {
  const s = stateOf(h);
  if (!s.short.size) return;
  for (const id of s.short) s.full.add(id);
  s.short.clear();
  s.version++;
  h.requestUpdate();
}
