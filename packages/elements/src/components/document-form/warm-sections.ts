/**
 * While the person reads the task list, the browser prepares what opening a section needs: each
 * section's templates are parsed (Lit prepares a template the first time it is rendered) and its
 * rendering code compiled, by rendering it once, in idle time, one section at a time, into an
 * element that is never shown. It renders through a host of its own, with the document's lists
 * cut to two rows, so the form's state (rows shown, open rows, disclosures, lists) is untouched.
 */
import type { Lang } from "@doingoai/core/lite";
import { html, render } from "lit";
import type { Field } from "../../model/fields";
import type { Path } from "../../model/schema";
import type { Section } from "../../model/sections";
import type { FieldHost } from "../form/field-parts";
import { renderSectionBody } from "../form/section-body";

const warmed = new WeakMap<object, Set<string>>();

/** Lists cut to their first two items (their templates are those of all the rows). */
function cut(v: unknown): unknown {
  if (Array.isArray(v)) return v.slice(0, 2).map(cut);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x)]));
}

function stubHost(lang: Lang): FieldHost {
  return {
    uiLang: lang,
    uiVersion: 0,
    rowVersion: () => 0,
    contextKey: () => undefined,
    rawText: () => undefined,
    rowIds: (key, n) => Array.from({ length: n }, (_, i) => `warm-${key}-${i}`),
    rowOpen: (id) => id.endsWith("-0"),
    shownErrors: () => [],
    errorKeyUnder: () => "",
    customAreaOptions: () => [],
    requestUpdate: () => {},
  };
}

/** Render the sections of `form` once each, in idle time (once per form and language). */
export function warmSections(
  form: object,
  sections: readonly Section[],
  lang: Lang,
  doc: unknown,
  fieldAt: (path: Path) => Field | undefined,
): void {
  if (typeof requestIdleCallback !== "function") return;
  let done = warmed.get(form);
  if (!done) {
    done = new Set();
    warmed.set(form, done);
  }
  if (done.has(lang)) return;
  done.add(lang);
  const host = stubHost(lang);
  const todo = [...sections];
  let small: unknown;
  const next = (deadline: IdleDeadline) => {
    small ??= cut(doc);
    while (todo.length && deadline.timeRemaining() > 8) {
      const s = todo.shift()!;
      const title = s.title(lang);
      try {
        const body = renderSectionBody(host, fieldAt, small, s.paths, html`<h2>${title}</h2>`, title, true);
        render(body, document.createElement("div"));
      } catch {
        /* a section that cannot render now renders when opened */
      }
    }
    if (todo.length) requestIdleCallback(next);
  };
  requestIdleCallback(next);
}
