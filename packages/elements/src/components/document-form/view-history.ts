/**
 * The document form's sections as browser history entries: each section opened is an entry
 * (Back and Forward move between sections), and with `url-param` the section is named in the URL
 * (`?phan=delegations`), so a link or a reload opens it. The history state is keyed per form, so
 * several forms on one page keep their own. Everything here tolerates a history that throws
 * (sandboxed frames): sections still work without it.
 */

/** Whether `v` names a view of the form (checked by the form: the task list, a section, the check page). */
export type IsView = (v: unknown) => v is string;

/** The page's URL with `view` in the parameter `param` (the task list: no parameter). */
export function urlWith(param: string | undefined, view: string): string {
  const url = new URL(location.href);
  if (param) {
    if (view === "tasks") url.searchParams.delete(param);
    else url.searchParams.set(param, view);
  }
  return url.href;
}

/** A new history entry for `next` (the current entry keeps `current`, the view it had). */
export function rememberView(
  key: string,
  current: string,
  next: string,
  param: string | undefined,
  isView: IsView,
): void {
  if (typeof history === "undefined") return;
  try {
    const state = history.state && typeof history.state === "object" ? history.state : {};
    if (!isView(state[key])) history.replaceState({ ...state, [key]: current }, "", urlWith(param, current));
    history.pushState({ ...state, [key]: next }, "", urlWith(param, next));
  } catch {
    /* history unavailable (sandboxed frame): sections still work */
  }
}

/** The view a `popstate` event goes back to: the entry's own, else the URL's, else the task list. */
export function viewOfPop(e: PopStateEvent, key: string, param: string | undefined, isView: IsView): string {
  const fromState = e.state && typeof e.state === "object" ? e.state[key] : undefined;
  const fromUrl = param ? new URL(location.href).searchParams.get(param) : null;
  return isView(fromState) ? fromState : isView(fromUrl) ? fromUrl : "tasks";
}

/** The section named in the URL when the page opened (undefined: none, or not one of the form's). */
export function viewOfUrl(param: string | undefined, isView: IsView): string | undefined {
  if (!param || typeof location === "undefined") return undefined;
  const v = new URL(location.href).searchParams.get(param);
  return isView(v) ? v : undefined;
}
