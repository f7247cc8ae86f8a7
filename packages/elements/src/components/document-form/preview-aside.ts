/**
 * The live preview beside the form: a disclosure ("Xem trước") holding `<doingoai-preview>` while
 * open, with "Xem toàn màn hình" (the same preview in a modal dialog over the whole window; Esc or
 * "Đóng" closes it and the focus goes back) and "In văn bản" (the document's A4 pages, not the
 * page around the form).
 */
import type { Lang } from "@doingoai/core/lite";
import { html, nothing, type TemplateResult } from "lit";
import { t } from "../../strings/strings";

export interface PreviewActions {
  toggled(open: boolean): void;
  /** Open the dialog. */
  full(): void;
  /** Close the dialog (its own `close` event calls `closed`). */
  close(): void;
  closed(): void;
  print(): void;
}

export function renderPreviewAside(
  open: boolean,
  full: boolean,
  lang: Lang,
  doc: unknown,
  a: PreviewActions,
): TemplateResult {
  const print = html`<button type="button" class="button button--secondary button--small" part="button"
    @click=${a.print}>${t(lang, "print")}</button>`;
  return html`<aside class="aside" aria-labelledby="preview-title">
    <details ?open=${open} @toggle=${(e: Event) => a.toggled((e.target as HTMLDetailsElement).open)}>
      <summary id="preview-title">${t(lang, "preview")}</summary>
      ${
        open
          ? html`<div class="preview-actions">
              <button type="button" class="button button--secondary button--small" part="button" id="preview-full"
                aria-haspopup="dialog" @click=${a.full}>${t(lang, "previewFull")}</button>
              ${print}
            </div>
            <doingoai-preview part="preview" lang=${lang} .document=${doc}></doingoai-preview>`
          : nothing
      }
    </details>
    <dialog class="preview-dialog" aria-labelledby="preview-dialog-title" @close=${a.closed}>
      ${
        full
          ? html`<div class="preview-dialog__bar">
              <h2 id="preview-dialog-title">${t(lang, "previewDialog")}</h2>
              ${print}
              <button type="button" class="button button--small" part="button" @click=${a.close}>${t(lang, "closePreview")}</button>
            </div>
            <doingoai-preview class="preview-dialog__sheet" lang=${lang} .document=${doc}></doingoai-preview>`
          : nothing
      }
    </dialog>
  </aside>`;
}
