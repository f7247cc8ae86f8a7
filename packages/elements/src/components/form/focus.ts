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
