import type { Document } from "@doingoai/core/lite";
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { printDocument } from "../../preview/print";
import { type FragmentRenderer, loadHtmlRenderer } from "../../preview/renderer";
import { t } from "../../strings/strings";
import { LanguageController } from "../form/language.controller";
import { previewStyles } from "./preview.styles";

/** 210 mm at 96 dpi. */
const A4_PX = 794;

/**
 * The document as it will be issued: the HTML writer's fragment (NĐ 30 layout, A4 sheets),
 * updated a moment after the document stops changing.
 *
 * @tag doingoai-preview
 * @summary Live preview of a document (the HTML writer of @doingoai/render).
 * @attr lang - Language of the element's own texts: `vi` (default) or `en`.
 * @attr delay - Milliseconds to wait after the last change before rendering again (default 400).
 * @csspart preview - The box that holds the rendered document.
 * @cssprop --doingoai-font-family - Font of the element's own texts (the document keeps Times New Roman).
 * @cssprop --doingoai-spacing - Base spacing.
 */
export class DoingoaiPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    delay: { type: Number },
    document: { attribute: false },
  };

  static override styles = previewStyles;

  /** Language of the element's own texts: `vi` (default) or `en`. */
  declare lang: string;
  /** Milliseconds after the last change before the preview renders again. */
  declare delay: number;
  /** The document to show (a draft may be incomplete: the last good rendering stays). */
  declare document: Document | undefined;

  #html = "";
  #state: "empty" | "loading" | "ready" | "incomplete" = "empty";
  #timer: ReturnType<typeof setTimeout> | undefined;
  #renderer: FragmentRenderer | undefined;
  #zoom = 1;
  #resize: ResizeObserver | undefined;

  constructor() {
    super();
    this.delay = 400;
    this.document = undefined;
  }

  #language = new LanguageController(this, () => this.requestUpdate());

  /** Also waits for the language asked for (`lang="en"` loads English on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#language.settled(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has("document")) return;
    clearTimeout(this.#timer);
    if (!this.document) {
      this.#html = "";
      this.#state = "empty";
      return;
    }
    if (this.#state === "empty") this.#state = "loading";
    this.#timer = setTimeout(() => void this.renderNow(), this.#renderer ? this.delay : 0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The sheet is laid out at its real A4 width and scaled to the space the host gives it.
    this.#resize ??= new ResizeObserver(([entry]) => {
      const box = entry?.contentRect.width ?? 0;
      const zoom = box > 0 ? Math.min(1, Math.max(0.3, (box - 16) / A4_PX)) : 1;
      if (Math.abs(zoom - this.#zoom) > 0.01) {
        this.#zoom = zoom;
        this.requestUpdate();
      }
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#resize?.disconnect();
  }

  /**
   * Print the document as it will be issued (A4 pages, NĐ 30 margins and page numbers), not the
   * page around it. Resolves false when the document cannot be written yet (required
   * information missing).
   */
  async print(): Promise<boolean> {
    if (!this.document) return false;
    await this.updateComplete;
    return printDocument(this.document, this.renderRoot);
  }

  /** Render the current document now (resolves when shown). */
  async renderNow(): Promise<void> {
    clearTimeout(this.#timer);
    const doc = this.document;
    if (!doc) return;
    try {
      this.#renderer ??= await loadHtmlRenderer();
      if (doc !== this.document) return;
      this.#html = this.#renderer(doc);
      this.#state = "ready";
    } catch {
      this.#state = "incomplete";
    }
    this.requestUpdate();
  }

  protected override render() {
    const lang = this.#language.shown;
    const note =
      this.#state === "loading"
        ? t(lang, "previewLoading")
        : this.#state === "incomplete"
          ? t(lang, "previewIncomplete")
          : "";
    return html`<div class="preview" part="preview" aria-busy=${this.#state === "loading" ? "true" : "false"}>
      <p class="note" role="status">${note}</p>
      ${this.#html ? html`<div class="sheet" style="zoom:${this.#zoom.toFixed(3)}">${unsafeHTML(this.#html)}</div>` : nothing}
    </div>`;
  }
}
