/**
 * A keystroke in a text field is painted before the form renders again: the field shows what
 * was typed by itself, and the document holds it at once (`edit` is synchronous); what the
 * render adds — the counter, the error hidden while typing, the preview's document — comes in
 * the task after the next paint, and never in the middle of a pointer press (a button must not
 * move between `mousedown` and `mouseup`, `gesture.ts`). Nothing typed waits: only the render.
 */
import { afterGesture } from "./gesture";
import { afterPaint } from "./idle";

const typing = new WeakSet<object>();

/** The update `host` is about to request comes from typing in a text field. */
export function typed(host: object, target: EventTarget | null): void {
  const text =
    target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text");
  if (!text) return;
  typing.add(host);
  // Only the update this keystroke requests waits (none when one is already waiting).
  setTimeout(() => typing.delete(host));
}

/** Resolves in the task after the next paint (a hidden page, whose frames stop: soon anyway). */
const painted = (): Promise<void> => new Promise((resolve) => afterPaint(() => afterGesture(resolve)));

/** Lit's `scheduleUpdate` of `host`: after a keystroke, once it is painted; otherwise now. */
export function scheduleAfterTyping(host: object, update: () => unknown): Promise<unknown> | undefined {
  if (typing.delete(host) && typeof requestAnimationFrame === "function") return painted().then(update);
  const r = update();
  return r instanceof Promise ? r : undefined;
}
