/** The live preview beside the form: a disclosure ("Xem trước") holding `<doingoai-preview>` while open. */
import type { Lang } from "@doingoai/core/lite";
import { html, nothing, type TemplateResult } from "lit";
import { t } from "../../strings/strings";

export function renderPreviewAside(
  open: boolean,
  lang: Lang,
  doc: unknown,
  toggled: (open: boolean) => void,
): TemplateResult {
  return html`<aside class="aside" aria-labelledby="preview-title">
    <details ?open=${open} @toggle=${(e: Event) => toggled((e.target as HTMLDetailsElement).open)}>
      <summary id="preview-title">${t(lang, "preview")}</summary>
      ${open ? html`<doingoai-preview part="preview" lang=${lang} .document=${doc}></doingoai-preview>` : nothing}
    </details>
  </aside>`;
}
