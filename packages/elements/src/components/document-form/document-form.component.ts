import { type Document, type DocumentKind, kindLabel, migrate } from "@doingoai/core/ui";
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { docxFileName, renderDocxBytes, saveFile } from "../../download/docx";
import { DOCUMENT_KINDS } from "../../model/constants";
import { emptyOf } from "../../model/fields";
import { getAt, type Obj, pathKey } from "../../model/path";
import { DOCUMENT_SCHEMAS, type Path } from "../../model/schema";
import { GROUP_TITLES, type Section, type SectionGroup, sectionFor, sectionsOf } from "../../model/sections";
import { progressOf, type SectionStatus, STATUS_STRINGS, sectionStatus } from "../../model/status";
import { renderDraftNotice, renderSent, renderVersions } from "../form/drafts-view";
import { renderErrorSummary } from "../form/error-summary";
import { fieldId } from "../form/field-templates";
import { FormBase } from "../form/form-base";
import { afterPaint } from "../form/idle";
import { DoingoaiPreview } from "../preview/preview.component";
import { checkRows, renderIncomplete } from "./check-rows";
import { documentFormStyles } from "./document-form.styles";
import { applyPrefill, listConverter, PREFILL_KEYS, type Prefill } from "./prefill";
import { type PreviewActions, renderPreviewAside } from "./preview-aside";
import { asRequest, renderRequestOffer, reportFor } from "./request-start";
import { startFromPrevious } from "./start-from";
import { rememberView, viewOfPop, viewOfUrl } from "./view-history";
import { warmSections } from "./warm-sections";

/**
 * The whole document as a form: a task list of its sections with their status and the overall
 * progress, one section at a time, "Kiểm tra lại" (check your answers) before submitting, a live
 * preview and "Tải về DOCX". Form-associated: inside a `<form>`, it submits the document as JSON
 * under its `name`, and the form cannot be submitted while core validation finds errors.
 *
 * @tag doingoai-document-form
 * @summary The whole document (report, plan or conclusion notice) as a form with task list, check answers, preview and DOCX download.
 * @attr kind - `report` (default), `plan` or `conclusion-notice`.
 * @attr lang - Language of labels and messages: `vi` (default) or `en`.
 * @attr name - Name of the FormData entry (the document JSON).
 * @attr autosave-key - Key of the draft in `storage` (default `doingoai:<kind>:<page path>`).
 * @attr no-preview - Hide the live preview.
 * @attr url-param - Query parameter holding the open section (e.g. `phan`); Back/Forward move between sections either way.
 * @attr disabled - Disable every control (also when inside a disabled fieldset).
 * @event {CustomEvent<{ value: Document }>} doingoai-change - The document changed; `detail: { value }` (the document, possibly incomplete).
 * @event {CustomEvent<{ document: Document }>} doingoai-submit - "Gửi văn bản" with a valid document; `detail: { document }` (cleaned by core). Cancelable: `preventDefault()` keeps the host form from submitting.
 * @event {CustomEvent<{ issues: Issue[] }>} doingoai-invalid - Submission found errors; `detail: { issues }`.
 * @event {CustomEvent<{ document: Document; receipt?: string; sentAt: string }>} doingoai-sent - After `markSent(receipt)`: the form shows the sent state and keeps the draft marked sent (also after a reload).
 * @event {CustomEvent<{ request: Document }>} doingoai-start-request - The report was started from the request (`startFromRequest` or the task list's button).
 * @event {CustomEvent<{ previous: Document }>} doingoai-new - After `startNew()` ("Bắt đầu văn bản mới"): `previous` (the sent document) became an earlier version, the form is empty.
 * @csspart form - The whole form.
 * @csspart task-list - Each list of sections in the task list.
 * @csspart error-summary - The error summary ("Có lỗi cần sửa").
 * @csspart warning-summary - The list of warnings on the check page ("Cần lưu ý").
 * @csspart field - Each field (label, hint, error and control), fieldset or list.
 * @csspart label - Each label or legend.
 * @csspart hint - Each hint.
 * @csspart input - Each input, select, textarea, radio and checkbox.
 * @csspart error - Each inline error message.
 * @csspart button - Each button. A theme that sets its background here sets its `:hover` and `:active` ones too (the form shows them by colour).
 * @csspart preview - The live preview (a `<doingoai-preview>`).
 * @csspart draft-notice - The notice about the draft: another tab saved it, it could not be opened, "Bỏ bản nháp?" and its undo.
 * @csspart versions - "Các phiên bản trước": earlier versions of the draft, each with "Khôi phục".
 * @csspart sent - The sent state ("Đã gửi văn bản", its receipt, "Bắt đầu văn bản mới").
 * @cssprop --doingoai-font-family - Font of the form.
 * @cssprop --doingoai-color-primary - Buttons, links (default #0b4f8a, 8.4:1 on white).
 * @cssprop --doingoai-color-error - Errors (default #b3261e, 6.6:1 on white).
 * @cssprop --doingoai-focus-color - Focus ring (default #ffbf47, with a dark inner edge).
 * @cssprop --doingoai-radius - Corner radius of inputs and buttons (default 4px).
 * @cssprop --doingoai-spacing - Base spacing (default 16px).
 */
export class DoingoaiDocumentForm extends FormBase {
  static override properties: PropertyDeclarations = {
    kind: { type: String, reflect: true },
    noPreview: { type: Boolean, attribute: "no-preview" },
    urlParam: { type: String, attribute: "url-param" },
    request: { attribute: false },
    issuingBody: { type: String, attribute: "issuing-body" },
    parentBody: { type: String, attribute: "parent-body" },
    place: { type: String },
    signerName: { type: String, attribute: "signer-name" },
    signerTitle: { type: String, attribute: "signer-title" },
    recipients: { attribute: "recipients", converter: listConverter },
  };

  static override styles = documentFormStyles;

  /** `report`, `plan` or `conclusion-notice`. */
  declare kind: DocumentKind;
  /** Hide the live preview. */
  declare noPreview: boolean;
  /**
   * The URL query parameter that holds the open section (`?phan=delegations`), so that a link or
   * a reload opens it. Without it, the section is kept in the history entry only. Either way,
   * each section the person opens is a history entry: Back and Forward move within the form.
   */
  declare urlParam: string | undefined;
  /** A report request (công văn đề nghị báo cáo): the task list offers to start the report from it. */
  declare request: Document | undefined;
  /** Prefill of a new document: the issuing body ("UBND XÃ TÂN THANH"). Never over a draft or a given value. */
  declare issuingBody: string | undefined;
  /** Prefill of a new document: the body above the issuing one ("UBND TỈNH LẠNG SƠN"). */
  declare parentBody: string | undefined;
  /** Prefill of a new document: the place written before the date ("Tân Thanh"). */
  declare place: string | undefined;
  /** Prefill of a new document: the signer's name. */
  declare signerName: string | undefined;
  /** Prefill of a new document: the signer's title ("CHỦ TỊCH"). */
  declare signerTitle: string | undefined;
  /** Prefill of a new document: the recipients ("Nơi nhận"); as an attribute, separated by ";". */
  declare recipients: string[] | undefined;

  #view = "tasks";
  #continued = new Set<string>();
  #previewOpen = true;
  #docxBusy = false;
  #docxError = "";
  /** The sections left unanswered or empty, listed before sending until the person confirms. */
  #incomplete: Section[] = [];
  #incompleteConfirmed = false;
  /** The request the report was started from by its button (not offered again). */
  #requestUsed: unknown;

  constructor() {
    super();
    this.kind = "report";
    this.noPreview = false;
  }

  // ---- FormBase ----------------------------------------------------------------------------

  protected get docKind(): DocumentKind {
    return (DOCUMENT_KINDS as readonly string[]).includes(this.kind) ? this.kind : "report";
  }
  protected coveredPaths(): Path[] | undefined {
    return undefined;
  }
  protected formValue(): unknown {
    return this.doc;
  }
  /** A new document: empty, with the portal's prefill. */
  protected override emptyDoc() {
    return applyPrefill(super.emptyDoc(), this as Prefill);
  }
  protected override defaultDraftKey(): string {
    return `doingoai:${this.docKind}:${typeof location === "undefined" ? "" : location.pathname}`;
  }
  protected override draftView(): string {
    return this.#view;
  }
  protected override restoreView(view: string | undefined): void {
    const v = this.#viewFromUrl() ?? view;
    if (this.#isView(v)) this.#view = v;
  }
  protected override pathSubmitted(path: Path): boolean {
    if (this.#continued.size === 0) return false;
    const s = sectionFor(this.docKind, path);
    return !!s && this.#continued.has(s.id);
  }
  protected override async revealPath(path: Path): Promise<void> {
    const s = sectionFor(this.docKind, path);
    if (s && this.#view !== s.id) {
      this.#view = s.id;
      this.requestUpdate();
      await this.updateComplete;
    }
  }
  protected override fallbackAnchor(path: Path): HTMLElement | undefined {
    const s = sectionFor(this.docKind, path);
    return (
      (s && this.query(`[data-go="${s.id}"]`)) ||
      this.query("#view-heading") ||
      this.query<HTMLElement>("button, a[href]") ||
      undefined
    );
  }

  // ---- public API ----------------------------------------------------------------------------

  /** The document (possibly incomplete while being written). Setting it starts over from it. */
  get value(): Document {
    return this.doc as unknown as Document;
  }
  set value(v: Document | Record<string, unknown> | null | undefined) {
    if (!v || typeof v !== "object") {
      this.setBase(this.emptyDoc());
      return;
    }
    const m = migrate(v as Record<string, unknown>);
    const doc = (m.ok ? m.value : v) as Obj;
    if ((DOCUMENT_KINDS as readonly unknown[]).includes(doc.kind) && doc.kind !== this.kind)
      this.kind = doc.kind as DocumentKind;
    this.#view = "tasks";
    this.#continued.clear();
    this.#incomplete = [];
    this.#incompleteConfirmed = false;
    this.setBase(doc);
  }

  /**
   * Start a new document from the last period's one (`previous`, same kind): the frame and the
   * outline are kept, the period is the same span one year later, and its figures become the
   * comparison base ("so với cùng kỳ"); narratives and rows start empty. Like setting `value`.
   */
  startFrom(previous: Document | Record<string, unknown>): void {
    const m = migrate(previous as Record<string, unknown>);
    const prev = (m.ok ? m.value : previous) as Obj;
    if ((DOCUMENT_KINDS as readonly unknown[]).includes(prev.kind) && prev.kind !== this.kind)
      this.kind = prev.kind as DocumentKind;
    this.value = startFromPrevious(prev, emptyOf(DOCUMENT_SCHEMAS[this.docKind]) as Obj) as Document;
  }

  /**
   * Start the unit's report from a report request: period, basis, recipients and requested areas filled
   * in, the unit named by the prefill. Like setting `value`. False (nothing changed): not a request.
   */
  startFromRequest(request: Document | Record<string, unknown>): boolean {
    const r = asRequest(request);
    if (!r) return false;
    this.kind = "report";
    this.value = reportFor(r, this as Prefill) as unknown as Document;
    this.emit("doingoai-start-request", { request: r });
    return true;
  }

  /** Show the task list, a section (by id) or the check page (`"check"`). */
  async show(view: string): Promise<void> {
    if (view !== this.#view) this.#remember(view);
    this.#view = view;
    this.requestUpdate();
    await this.updateComplete;
    this.query("#view-heading")?.focus();
  }

  // ---- URL state: each section a history entry ---------------------------------------------
  get #stateKey(): string {
    return `doingoai:${this.draftKey() ?? this.docKind}`;
  }

  #isView = (v: unknown): v is string =>
    typeof v === "string" && (v === "tasks" || v === "check" || this.#sections.some((x) => x.id === v));

  /** Entries not yet written belong to this count; Back or Forward before the paint drops them. */
  #historyMoves = 0;

  /** A new history entry for `view` (the current entry keeps the view it had), after the paint. */
  #remember(view: string): void {
    const [key, now, param, moves] = [this.#stateKey, this.#view, this.urlParam, this.#historyMoves];
    // Back pressed before the paint has already left the entry this one would follow: writing it
    // then would name one section in the URL while the form shows another.
    afterPaint(() => {
      if (moves === this.#historyMoves) rememberView(key, now, view, param, this.#isView);
    });
  }

  #onPopState = (e: PopStateEvent) => {
    this.#historyMoves++;
    const view = viewOfPop(e, this.#stateKey, this.urlParam, this.#isView);
    if (view === this.#view) return;
    this.#view = view;
    this.requestUpdate();
    void this.updateComplete.then(() => this.query("#view-heading")?.focus());
  };

  /** The section named in the URL when the page opened. */
  #viewFromUrl(): string | undefined {
    return viewOfUrl(this.urlParam, this.#isView);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another kind: start over, unless the person has written something already.
    if (changed.has("kind") && this.doc.kind !== this.docKind && this.doc === this.initial) {
      this.#view = "tasks";
      this.setDoc(this.emptyDoc(), true);
    }
    // Prefill set after the form started: a new document untouched takes it (never a draft or a value).
    const fresh = this.doc === this.initial && !this.base && !this.draftRestored;
    if (fresh && PREFILL_KEYS.some((k) => changed.has(k))) this.setDoc(this.emptyDoc(), true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!customElements.get("doingoai-preview")) customElements.define("doingoai-preview", DoingoaiPreview);
    addEventListener("popstate", this.#onPopState);
    const v = this.#viewFromUrl();
    if (v) this.#view = v;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener("popstate", this.#onPopState);
  }

  // ---- actions -------------------------------------------------------------------------------

  protected override action(name: string, el: HTMLElement, e: Event): void {
    const go = el.dataset.go;
    if (this.draftAction(name, el)) return;
    if (go !== undefined) {
      e.preventDefault();
      const from = el.dataset.from;
      if (from) {
        // "Lưu và tiếp tục" shows the section's errors first; pressed again, it goes on.
        const first = !this.#continued.has(from);
        this.#continued.add(from);
        if (this.validation.pending) this.runValidation(false);
        const section = this.#sections.find((x) => x.id === from);
        if (first && section && this.#sectionErrors(section).length) {
          void this.focusSummary();
          return;
        }
      }
      void this.show(go);
    } else if (name === "submit") void this.submit();
    else if (name === "submit-anyway") {
      this.#incompleteConfirmed = true;
      void this.submit();
    } else if (name === "docx") void this.downloadDocx();
    else if (name === "start-request" && this.request) {
      this.reset(); // what was typed is kept as an earlier version of the draft
      this.#requestUsed = this.request;
      if (this.startFromRequest(this.request)) void this.show("tasks");
    }
  }

  /** "Gửi văn bản": validate; show the errors, or send `doingoai-submit` and submit the host form. */
  async submit(): Promise<boolean> {
    this.submitted = true;
    this.runValidation();
    if (this.errors().length) {
      this.emit("doingoai-invalid", { issues: this.errors() });
      await this.focusSummary();
      return false;
    }
    // Before sending: the sections not answered or empty, which the person confirms once.
    this.#incomplete = this.#sections.filter(
      (x) => sectionStatus(x, this.docKind, this.doc, this.issues) === "not-started",
    );
    if (this.#incomplete.length && !this.#incompleteConfirmed) {
      this.requestUpdate();
      await this.updateComplete;
      this.query<HTMLElement>("#incomplete-summary")?.focus();
      return false;
    }
    const ev = this.emit("doingoai-submit", { document: this.validValue }, true);
    await this.drafts.flush();
    if (!ev.defaultPrevented) this.internals.form?.requestSubmit();
    return true;
  }

  /** "Tải về DOCX": the DOCX writer is loaded now, the file is named after the subject line. */
  async downloadDocx(): Promise<void> {
    if (this.#docxBusy) return;
    this.#docxBusy = true;
    this.#docxError = "";
    this.requestUpdate();
    this.runValidation();
    const doc = (this.validValue ?? this.doc) as Document;
    try {
      const bytes = await renderDocxBytes(doc);
      saveFile(bytes, docxFileName(getAt(doc, ["frame", "subject"]), kindLabel(this.docKind, this.uiLang)));
    } catch (err) {
      this.#docxError = this.errors().length
        ? this.text("docxIncomplete")
        : this.text("docxFailed", { detail: String((err as Error)?.message ?? err) });
      if (this.errors().length) {
        this.submitted = true;
        void this.focusSummary();
      }
    } finally {
      this.#docxBusy = false;
      this.requestUpdate();
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  get #sections(): readonly Section[] {
    return sectionsOf(this.docKind);
  }

  /** The errors shown under a section's paths (once touched, continued or submitted), each once. */
  #sectionErrors(section: Section) {
    return [...new Set(section.paths.flatMap((p) => this.shownErrors(p, true)))];
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const sections = this.#sections;
    // The sections' statuses: only for the task list and the check page (not while typing).
    const statuses = () => sections.map((s) => sectionStatus(s, this.docKind, this.doc, this.issues));
    const open = sections.find((x) => x.id === this.#view);
    const summary = this.submitted
      ? this.shownAll()
      : open && this.#continued.has(open.id)
        ? this.#sectionErrors(open)
        : [];
    const subject = getAt(this.doc, ["frame", "subject"]);
    const withPreview = !this.noPreview;
    const index = sections.findIndex((s) => s.id === this.#view);
    const sent = !!this.drafts.sent;
    const main = sent
      ? renderSent(this.drafts, lang)
      : index >= 0
        ? this.#renderSection(sections[index]!, index, sections)
        : this.#view === "check"
          ? this.#renderCheck(sections, statuses())
          : this.#renderTasks(sections, statuses());
    // The fieldset (it disables every control at once) holds one element that never changes: a
    // notice, the error summary or a message inserted straight into it would make Chrome rebuild
    // the layout of the whole form (300 rows: 0.1 s unthrottled, 0.5 s at 4× CPU throttling).
    return html`<div class="form" part="form">
      <fieldset class="wrap" ?disabled=${this.controlsDisabled}><div>
        <div class="topbar">
          <p class="doc-title">${kindLabel(this.docKind, lang)}${typeof subject === "string" && subject ? html`: <span>${subject.length > 90 ? `${subject.slice(0, 89)}…` : subject}</span>` : nothing}</p>
          <p class="save-status" role="status">${this.saveStatus}</p>
          ${this.draftRestored && !sent ? html`<button type="button" class="button button--link" part="button" data-a="discard">${this.text("discardDraft")}</button>` : nothing}
          <button type="button" class="button button--secondary button--small" part="button" data-a="docx"
            aria-disabled=${this.#docxBusy ? "true" : "false"}>${this.text(this.#docxBusy ? "generating" : "downloadDocx")}</button>
        </div>
        ${this.#docxError ? html`<p class="error-message" role="alert">${this.#docxError}</p>` : nothing}
        ${renderDraftNotice(this.drafts, lang)}
        ${renderVersions(this.drafts, lang)}
        ${renderErrorSummary(lang, summary)}
        <div class="layout${withPreview ? " layout--preview" : ""}">
          <div class="main">${main}</div>
          ${withPreview ? renderPreviewAside(this.#previewOpen, this.#previewFull, lang, this.doc, this.#previewActions) : nothing}
        </div>
        <div class="vh" aria-live="polite" data-live="form"></div>
      </div></fieldset>
    </div>`;
  }

  #previewFull = false;
  #previewActions: PreviewActions = {
    toggled: (open) => {
      this.#previewOpen = open;
      this.requestUpdate();
    },
    full: async () => {
      this.#previewFull = true;
      this.requestUpdate();
      await this.updateComplete;
      const dialog = this.query<HTMLDialogElement>(".preview-dialog");
      if (dialog && !dialog.open) dialog.showModal();
    },
    close: () => this.query<HTMLDialogElement>(".preview-dialog")?.close(),
    closed: () => {
      this.#previewFull = false;
      this.requestUpdate();
    },
    print: async () => {
      const preview = this.query<HTMLElement & { print(): Promise<boolean> }>(
        this.#previewFull ? ".preview-dialog doingoai-preview" : ".aside doingoai-preview",
      );
      if (preview && !(await preview.print())) this.announce(this.text("previewIncomplete"));
    },
  };

  #renderTasks(sections: readonly Section[], statuses: SectionStatus[]) {
    const { done, total } = progressOf(statuses);
    warmSections(this, sections, this.uiLang, this.doc, (p) => this.fieldAt(p));
    const groups = new Map<SectionGroup, number[]>();
    sections.forEach((s, i) => {
      groups.set(s.group, [...(groups.get(s.group) ?? []), i]);
    });
    return html`<h2 id="view-heading" tabindex="-1">${this.text("taskListTitle")}</h2>
      ${this.request === this.#requestUsed ? nothing : renderRequestOffer(this.request, this.uiLang)}
      <p class="progress-line">${this.text("progress", { done, total })}</p>
      ${[...groups].map(
        ([g, idx]) => html`<h3>${this.text(GROUP_TITLES[g])}</h3>
          <ul class="task-list" part="task-list">
            ${idx.map((i) => {
              const s = sections[i]!;
              const st = statuses[i]!;
              const errors = this.#sectionErrors(s).length;
              return html`<li class="task">
                <a href="#section-${s.id}" data-go=${s.id} aria-describedby="status-${s.id}">${s.title(this.uiLang)}</a>
                ${
                  errors
                    ? html`<strong class="tag tag--error" id="status-${s.id}">${this.text("sectionHasErrors", { n: errors })}</strong>`
                    : html`<strong class="tag tag--${st}" id="status-${s.id}">${this.text(STATUS_STRINGS[st])}</strong>`
                }
              </li>`;
            })}
          </ul>`,
      )}
      <div class="buttons"><button type="button" class="button" part="button" data-go="check">${this.text("checkAnswers")}</button></div>`;
  }

  #renderSection(section: Section, index: number, sections: readonly Section[]) {
    const lang = this.uiLang;
    const title = section.title(lang);
    const heading = html`<h2 id="view-heading" tabindex="-1">${title}</h2>`;
    const body = this.sectionBody(section.paths, heading, title, true);
    const next = sections[index + 1]?.id ?? "check";
    const stuck = this.#continued.has(section.id) && this.#sectionErrors(section).length > 0;
    return html`<p class="back"><a href="#tasks" data-go="tasks">‹ ${this.text("back")}</a></p>
      <p class="caption">${this.text("sectionOf", { n: index + 1, total: sections.length })}</p>
      ${body}
      ${stuck ? html`<p class="hint">${this.text("sectionErrorsHint")}</p>` : nothing}
      <div class="buttons">
        <button type="button" class="button" part="button" data-go=${next} data-from=${section.id}>${this.text("continue")}</button>
      </div>`;
  }

  #renderCheck(sections: readonly Section[], statuses: SectionStatus[]) {
    const lang = this.uiLang;
    const warnings = this.issues.filter((i) => i.severity === "warning");
    return html`<h2 id="view-heading" tabindex="-1">${this.text("checkAnswers")}</h2>
      <p>${this.text("checkAnswersIntro")}</p>
      ${renderErrorSummary(lang, warnings, true)}
      ${sections.map((s, i) => {
        const st = statuses[i]!;
        const title = s.title(lang);
        return html`<section class="check" aria-labelledby="check-${s.id}">
          <h3 id="check-${s.id}">${title} <strong class="tag tag--${st}">${this.text(STATUS_STRINGS[st])}</strong></h3>
          <dl class="summary-list">
            ${checkRows(s, (p) => this.fieldAt(p), this.doc, lang).map(
              (r) => html`<div class="summary-row">
                <dt>${r.label}</dt>
                <dd>${r.value}</dd>
                <dd><a href="#${fieldId(r.path)}" data-goto=${pathKey(r.path)}>${this.text("change")}<span class="vh"> ${r.label}</span></a></dd>
              </div>`,
            )}
          </dl>
        </section>`;
      })}
      ${this.#incompleteConfirmed ? nothing : renderIncomplete(this.#incomplete, this.uiLang)}
      <div class="buttons">
        <button type="button" class="button" part="button" data-a="submit">${this.text("submit")}</button>
      </div>`;
  }
}
