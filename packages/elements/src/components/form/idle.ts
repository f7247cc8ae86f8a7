/**
 * Work that may wait runs after the next paint: what a click changed (a row added) is on screen
 * first. An idle period can come between the task that changed the page and the frame that shows
 * it, and work started there delays that frame.
 */

/** `f` once: when `start` calls it back, or `fallback` ms later (a hidden page has no frames). */
function firstOf(f: () => void, fallback: number, start: (go: () => void) => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(late);
    f();
  };
  const late = setTimeout(go, fallback);
  if (typeof requestAnimationFrame === "function") start(go);
}

/**
 * `f` when the browser is idle **after the next paint** (validation after a field is left, whole
 * option lists, country suggestions), at the latest `timeout` ms later.
 */
export function afterPaintIdle(f: () => void, timeout = 1000): void {
  firstOf(f, timeout, (go) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === "function") requestIdleCallback(go, { timeout });
      else setTimeout(go, 50);
    }),
  );
}

/**
 * `f` in the task after the next paint (an announcement, the render after a keystroke, a history
 * entry), or `fallback` ms later when no frame comes. Calls keep their order.
 */
export function afterPaint(f: () => void, fallback = 100): void {
  firstOf(f, fallback, (go) => requestAnimationFrame(() => setTimeout(go)));
}
