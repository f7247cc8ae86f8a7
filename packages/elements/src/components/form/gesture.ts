/**
 * One press of the pointer, from `pointerdown` to the `click` that ends it, is one gesture. Work
 * that changes the layout — errors shown when a field loses focus, the debounced validation —
 * waits until the gesture is over: a button that moves between `mousedown` and `mouseup` gets no
 * click (the browser sends it to what both were over), while the focus, moved on `mousedown`,
 * stays on that button; the keystrokes that follow are then lost, or press it (Space).
 */
let pressed = false;
let listening = false;
const waiting = new Set<() => void>();

function press(): void {
  pressed = true;
}

function release(): void {
  if (!pressed) return;
  pressed = false;
  // After the `click` of this gesture (dispatched in the same task as `pointerup`).
  setTimeout(() => {
    if (pressed) return;
    const run = [...waiting];
    waiting.clear();
    for (const fn of run) fn();
  });
}

/** Start watching the pointer (once; before the first press that matters). */
export function listen(): void {
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener("pointerdown", press, true);
  for (const type of ["pointerup", "pointercancel", "keydown"])
    document.addEventListener(type, release, true);
  addEventListener("blur", release);
}

/** Run `fn` now, or when the pointer pressed now is released and its click has been handled. */
export function afterGesture(fn: () => void): void {
  listen();
  if (pressed) waiting.add(fn);
  else fn();
}

/** Whether a pointer is pressed now (a gesture is under way). */
export function gestureUnderWay(): boolean {
  listen();
  return pressed;
}
