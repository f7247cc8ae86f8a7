/**
 * Focus in the forms' shadow roots: what can take focus, the element that shows a path (or the
 * nearest rendered one above it), and moving focus there so the person sees it. Also the element
 * plumbing every form needs when it connects (`upgradeProperties`).
 */
import type { Path } from "../../model/schema";
import { fieldId, groupId } from "./field-parts";

/** The elements that take focus, for finding the first one inside a group or a row. */
export const FOCUSABLE = "input, select, textarea, button, a[href], [tabindex]";

/** The element that shows `path` in `root`, or the nearest rendered one above it (undefined: none). */
export function anchorIn(root: ShadowRoot | undefined, path: Path): HTMLElement | undefined {
  if (!root?.getElementById) return undefined;
  for (let p = path; p.length > 0; p = p.slice(0, -1)) {
    const el = root.getElementById(fieldId(p)) ?? root.getElementById(groupId(p));
    if (el) return el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
  }
  return undefined;
}

/** Focus `el` (made focusable when it is not) and scroll it into view. */
export function focusAndShow(el: HTMLElement | null | undefined, block: ScrollLogicalPosition): void {
  if (!el) return;
  if (!el.matches(FOCUSABLE)) el.setAttribute("tabindex", "-1");
  el.focus();
  el.scrollIntoView?.({ block });
}

/**
 * A property set on the element before it was defined shadows the class's accessor: take the
 * own value off and set it again through the accessor (the "lazy property" pattern).
 */
export function upgradeProperties(el: object, names: readonly string[]): void {
  const own = el as Record<string, unknown>;
  for (const p of names)
    if (Object.hasOwn(own, p)) {
      const v = own[p];
      delete own[p];
      own[p] = v;
    }
}

/** The focused element, looked for inside shadow roots. */
function activeIn(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Move the focus to `el` in the task after the frame that shows it, so that frame is not delayed
 * by the focus (in Chromium a text field or list box taking focus costs 3–5 ms of the browser's
 * own work on a page like the form's, 12–20 ms on a slow PC). Nothing typed in between is lost or
 * misplaced: a key pressed before then moves the focus first, in its `keydown`, and the browser
 * delivers the key to `el`. The focus stays where the person put it when she clicked or tapped
 * elsewhere in between, or when something else took it.
 */
export function focusAfterPaint(el: HTMLElement, after: (f: () => void) => void): void {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const from = activeIn(doc);
  let pending = true;
  const stop = () => {
    pending = false;
    view?.removeEventListener("keydown", go, true);
    view?.removeEventListener("pointerdown", stop, true);
  };
  function go(): void {
    if (!pending) return;
    stop();
    const now = activeIn(doc);
    if (el.isConnected && (now === from || now === null || now === doc.body)) el.focus();
  }
  view?.addEventListener("keydown", go, true);
  view?.addEventListener("pointerdown", stop, true);
  after(go);
}
