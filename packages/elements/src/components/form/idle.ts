/**
 * Work that may wait — validation after a field is left, whole option lists, country suggestions —
 * runs when the browser is idle **after the next paint**: an idle period can come between the
 * task that changed the page (a row added) and the frame that shows it, and work started there
 * delays that frame. At the latest `timeout` ms later (a hidden page has no frames).
 */
export function afterPaintIdle(f: () => void, timeout = 1000): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(late);
    f();
  };
  const late = setTimeout(go, timeout);
  if (typeof requestAnimationFrame !== "function") return;
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(go, { timeout });
    else setTimeout(go, 50);
  });
}

/**
 * `f` in the task after the next paint (what a click changed is on screen first), or `fallback`
 * ms later when no frame comes (a hidden page). Calls keep their order.
 */
export function afterPaint(f: () => void, fallback = 100): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(late);
    f();
  };
  const late = setTimeout(go, fallback);
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(go));
}
