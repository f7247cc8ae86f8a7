/**
 * "Thêm chi tiết": the fields of an object that are not among its main ones (`model/main-fields.ts`)
 * behind a native disclosure (`<details>`: keyboard and screen readers know it). Nothing typed is
 * hidden: a disclosure that holds a value or an error shown opens by itself, and never closes by
 * itself (the person may close it).
 */
import { html, noChange, nothing, type TemplateResult } from "lit";
import { Directive, directive, type ElementPart, type PartInfo, PartType } from "lit/directive.js";
import { t } from "../../strings/strings";
import type { FieldHost } from "./field-parts";

class OpenWhen extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error("openWhen goes on a <details> element");
  }
  render(_must: boolean) {
    return noChange;
  }
  override update(part: ElementPart, [must]: [boolean]) {
    const el = part.element as HTMLDetailsElement;
    if (must && !el.open) el.open = true;
    return noChange;
  }
}

/** Opens the `<details>` it is on when `must` (and leaves it as it is otherwise). */
export const openWhen = directive(OpenWhen);

/** Whether a value holds something a person typed or chose (an empty object or list does not). */
export function hasValue(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return false;
  if (Array.isArray(v)) return v.some(hasValue);
  if (typeof v === "object") return Object.values(v).some(hasValue);
  return true;
}

/** Per form, the disclosures (by stable key) opened once: their fields are rendered from then on. */
const opened = new WeakMap<object, Set<string>>();

/** Changes when a disclosure of the form opens for the first time (for the `guard`s around it). */
export function disclosuresOpened(h: FieldHost): number {
  return opened.get(h)?.size ?? 0;
}

/**
 * The detail fields under "Thêm chi tiết" (`key`: the stable key of their object); open when
 * `must`. A disclosure never opened builds no fields (they are rendered when it opens): a section
 * opens without the fields it hides.
 */
export function renderDisclosure(
  h: FieldHost,
  key: string,
  must: boolean,
  fields: () => readonly unknown[],
  count: number,
): TemplateResult | typeof nothing {
  if (!count) return nothing;
  let set = opened.get(h);
  if (!set) {
    set = new Set();
    opened.set(h, set);
  }
  if (must) set.add(key);
  const shown = set.has(key);
  const reveal = () => {
    if (!set.has(key)) {
      set.add(key);
      h.requestUpdate();
    }
  };
  // The summary's click (mouse, Enter, Space) renders the fields in the same task, before the
  // browser paints the disclosure open: `toggle` comes a task later (an empty frame, and a test or
  // a quick Tab could find nothing there). `toggle` still covers a disclosure opened by script.
  const toggled = (e: Event) => {
    if ((e.target as HTMLDetailsElement).open) reveal();
  };
  return html`<details class="more" ${openWhen(must)} @toggle=${toggled}>
    <summary class="more-summary" @click=${reveal}>${t(h.uiLang, "moreDetails")}</summary>
    <div class="fields">${shown ? fields() : nothing}</div>
  </details>`;
}
