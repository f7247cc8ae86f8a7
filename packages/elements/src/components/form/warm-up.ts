/**
 * What the first section opened needs, prepared while the person reads the task list: the
 * browser's names of countries (the suggestions of country fields) and currencies. The first
 * `Intl.DisplayNames` of a page loads the browser's locale data (tens of milliseconds on a slow
 * PC), which would otherwise delay the first section that shows them. And `rehearse`: the path of
 * a keystroke run once on a copy (the browser compiles code on its first call: the first key
 * typed was twice as slow as the next).
 */
import type { Lang } from "@doingoai/core/lite";
import { COMMON_CURRENCIES, countries } from "../../model/lists";

let warmed = false;

export function warmUp(lang: Lang, rehearse?: () => void): void {
  if (warmed || typeof window === "undefined") return;
  warmed = true;
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => {
    countries(lang);
    try {
      rehearse?.();
    } catch {
      /* a rehearsal only */
    }
    try {
      new Intl.DisplayNames([lang], { type: "currency" }).of(COMMON_CURRENCIES[0]!);
    } catch {
      /* an old browser: nothing to prepare */
    }
  });
}
