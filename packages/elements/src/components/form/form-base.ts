/**
 * What the document form and the section form share, assembled from controllers: form
 * association, validation, shown errors, list rows, drafts, language, input events (`*.controller.ts`).
 * Here: the document being written, the public API, what the templates ask (`FieldHost`) and focus.
 */
import type { DocumentKind, Issue, Lang } from "@doingoai/core/lite";
import { LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { applyEdit } from "../../model/edit";
import { emptyOf, type Field, fieldsOf, type Option } from "../../model/fields";
import { getAt, type Obj } from "../../model/path";
import { DOCUMENT_SCHEMAS, type Path, type Schema, schemaAt } from "../../model/schema";
import { parseInput } from "../../model/values";
import { type DraftStorage, makeDraft, openFormState } from "../../storage/drafts";
import { type StringKey, t } from "../../strings/strings";
import { DraftController } from "./drafts.controller";
import { draftActions } from "./drafts-view";
import { customAreaOptionsOf } from "./field-parts";
import type { FieldHost } from "./field-templates";
import { anchorIn, focusAfterPaint, focusAndShow, upgradeProperties } from "./focus";
import { FormAssociation } from "./form-association.controller";
import { FormEventsController } from "./form-events.controller";
import { listen as listenForGestures } from "./gesture";
import { afterPaint } from "./idle";
import { InputAssistController } from "./input-assist.controller";
import { InteractionState } from "./interaction-state.controller";
import { LanguageController } from "./language.controller";
import { ListRowsController } from "./list-rows.controller";
import { renderSectionBody } from "./section-body";
import { scheduleAfterTyping } from "./typing";
import { ValidationController } from "./validation.controller";
import { warmUp } from "./warm-up";

export abstract class FormBase extends LitElement implements FieldHost {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: false,
  };
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    autosaveKey: { type: String, attribute: "autosave-key" },
  };

  /** Language of the texts: `vi` (default) or `en`. */
  declare lang: string;
  /** Name of the FormData entry. */
  declare name: string;
  /** Key of the saved draft in `storage`. */
  declare autosaveKey: string | undefined;

  /** The document being written (a whole document, possibly incomplete). */
  protected doc: Obj = {};
  /** The document as it was given (value set, draft restored): what "prefilled" and "dirty" compare to. */
  protected initial: unknown = undefined;
  /** What `reset()` and "Bỏ bản nháp" go back to. */
  protected base: Obj | undefined;
  protected disabledByForm = false;
  uiVersion = 0;
  #hasDoc = false;

  protected readonly language = new LanguageController(this, () => this.runValidation());
  protected readonly validation = new ValidationController(this, {
    doc: () => this.doc,
    lang: () => this.uiLang,
    cover: () => this.coveredPaths(),
    done: () => {
      this.interaction.validated();
      this.association.sync();
    },
    pending: (waiting) => this.association.pending(waiting),
  });
  protected readonly interaction = new InteractionState(this.validation, {
    doc: () => this.doc,
    initial: () => this.initial,
    pathSubmitted: (path) => this.pathSubmitted(path),
  });
  protected readonly association = new FormAssociation(this, {
    value: () => this.formValue(),
    state: () => JSON.stringify({ doc: this.doc, view: this.draftView() }),
    errors: () => this.errors(),
    anchorFor: (path) => this.anchorFor(path),
    validateNow: () => this.runValidation(),
    invalid: () => {
      this.submitted = true;
      this.emit("doingoai-invalid", { issues: this.errors() });
      void this.focusSummary();
    },
  });
  protected readonly rows = new ListRowsController(this, {
    doc: () => this.doc,
    schema: () => this.rootSchema,
    lang: () => this.uiLang,
    edit: (path, value) => this.edit(path, value),
    remap: (path, map) => this.interaction.remap(path, map),
    announce: (text) => this.announce(text),
    focusLater: (find) => void this.focusLater(find),
    focusNew: (find) => void this.focusNew(find),
    query: (selector) => this.query(selector),
  });
  protected readonly drafts = new DraftController(this, {
    key: () => this.draftKey(),
    lang: () => this.uiLang,
    kind: () => this.docKind,
    snapshot: () => makeDraft(this.doc, this.draftView()),
    restore: (doc, view) => {
      this.setDoc(doc, true);
      this.restoreView(view);
    },
    beforeHide: () => {
      if (this.validation.pending) this.runValidation(false);
    },
    blank: () => JSON.stringify(this.doc) === JSON.stringify(this.base ?? this.emptyDoc()),
    announce: (text) => this.announce(text),
  });

  protected readonly inputAssist = new InputAssistController(this, () => this.doc, this.edit.bind(this));
  protected readonly events = new FormEventsController(this, this.interaction, this.validation, this.rows, {
    doc: () => this.doc,
    schema: () => this.rootSchema,
    edit: (path, value) => this.edit(path, value),
    disabled: () => this.controlsDisabled,
    focusPath: (path) => this.focusPath(path),
    action: (name, el, e) => this.action(name, el, e),
  });

  constructor() {
    super();
    // `lang` and `name` stay unset (not reflected as empty attributes): `lang` is then inherited.
    listenForGestures();
  }

  // ---- what each form defines ------------------------------------------------------------

  /** The kind of document this form writes. */
  protected abstract get docKind(): DocumentKind;
  /** The paths this form edits and validates (the whole document when undefined). */
  protected abstract coveredPaths(): Path[] | undefined;
  /** The value submitted with the form (FormData) and returned by `.value`. */
  protected abstract formValue(): unknown;
  /** The draft key when `autosave-key` is not set (none: no autosave). */
  protected defaultDraftKey(): string | undefined {
    return undefined;
  }
  /** Extra state to keep in a draft (the section shown). */
  protected draftView(): string | undefined {
    return undefined;
  }
  protected restoreView(_view: string | undefined): void {}
  /** Make `path` visible (switch section) before focusing it. */
  protected async revealPath(_path: Path): Promise<void> {}
  /** Whether the part of the form holding `path` was submitted ("Lưu và tiếp tục"). */
  protected pathSubmitted(_path: Path): boolean {
    return false;
  }
  /** Actions of the subclass (navigation, submit, download). */
  protected action(_name: string, _el: HTMLElement, _e: Event): void {}
  protected fallbackAnchor(_path: Path): HTMLElement | undefined {
    return undefined;
  }

  // ---- public API ---------------------------------------------------------------------------

  /** Where drafts are kept: `localStorage` by default. */
  get storage(): DraftStorage {
    return this.drafts.storage;
  }
  set storage(s: DraftStorage) {
    this.drafts.storage = s;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.association.form;
  }
  /** Validity as core validation found it (errors only; warnings never block). */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message of the first error. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Validate now with core: the issues of this form (errors and warnings); shows nothing new. Until core's validation has loaded (`await updateComplete`), the issues of the last run. */
  validate(): Issue[] {
    return this.runValidation();
  }

  /** Validate now; false (and an `invalid` event) when there are errors. Shows nothing new. */
  checkValidity(): boolean {
    this.runValidation();
    return this.association.checkValidity();
  }

  /** Validate, show every error with the error summary, and focus the summary. */
  reportValidity(): boolean {
    this.submitted = true;
    this.runValidation();
    const ok = this.errors().length === 0;
    if (!ok) {
      this.emit("doingoai-invalid", { issues: this.errors() });
      void this.focusSummary();
    }
    return ok;
  }

  /** Back to the value given by the host (or empty); the draft is removed (what was typed is kept as an earlier version). */
  reset(): void {
    this.drafts.keepBeforeReset();
    this.drafts.drop();
    this.setDoc(this.base ?? this.emptyDoc(), true);
  }

  /** Remove the saved draft (after the portal has stored the document). */
  async clearDraft(): Promise<void> {
    await this.drafts.clear();
  }

  /**
   * The portal stored the document: the form shows that it was sent (with `receipt`, the
   * portal's number for it), keeps the draft marked sent (also after a reload) and sends
   * `doingoai-sent`. `startNew()` (or the form's button) then starts a clean document.
   */
  async markSent(receipt?: string): Promise<void> {
    await this.drafts.markSent(receipt);
    this.emit("doingoai-sent", { document: this.formValue(), receipt, sentAt: this.drafts.sent?.at });
  }

  /** After a sent document: keep it as an earlier version, remove the draft, start clean. */
  async startNew(): Promise<void> {
    const previous = this.formValue();
    await this.drafts.startNew();
    this.setDoc(this.base ?? this.emptyDoc(), true);
    this.emit("doingoai-new", { previous });
  }

  // ---- form association callbacks ----------------------------------------------------------

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: unknown): void {
    const restored = openFormState(state, this.docKind);
    if (restored === undefined) return;
    this.setDoc(restored.doc, true);
    this.restoreView(restored.view);
  }

  // ---- state the subclasses read ------------------------------------------------------------

  protected get internals(): ElementInternals {
    return this.association.internals;
  }
  protected get issues(): Issue[] {
    return this.validation.issues;
  }
  /** The cleaned document of the last successful validation. */
  protected get validValue(): unknown {
    return this.validation.value;
  }
  protected get submitted(): boolean {
    return this.interaction.submitted;
  }
  protected set submitted(v: boolean) {
    this.interaction.submitted = v;
  }
  protected get saveStatus(): string {
    return this.drafts.status;
  }
  protected get draftRestored(): boolean {
    return this.drafts.restored;
  }
  protected get controlsDisabled(): boolean {
    return this.disabledByForm;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** The language shown: the one asked for once it has loaded (Vietnamese until then). */
  get uiLang(): Lang {
    return this.language.shown;
  }

  /** Also waits for the language asked for (`lang="en"` loads English on first use) and for core's validation. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const again = () => super.getUpdateComplete();
    const done = await this.language.settled(await again(), again);
    return (await this.validation.loaded()) ? again() : done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    upgradeProperties(this, ["value", "storage"]);
    this.#ensureDoc();
    this.drafts.start();
    // The keystroke's edit on a copy of the document (nothing is kept).
    warmUp(this.uiLang, () => {
      applyEdit(this.rootSchema, this.doc, ["title"], parseInput("text", "Đoàn", false));
      parseInput("number", "1.250", false);
    });
  }

  /** After a keystroke, the render waits for the keystroke's paint (`typing.ts`). */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return scheduleAfterTyping(this, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#ensureDoc();
    // Messages are written in the language of the form: validate again when it changes.
    if (changed.has("lang") && this.hasUpdated) this.runValidation(false);
  }

  // ---- the document -------------------------------------------------------------------------

  protected get rootSchema(): Schema {
    return DOCUMENT_SCHEMAS[this.docKind];
  }

  protected emptyDoc(): Obj {
    return emptyOf(this.rootSchema) as Obj;
  }

  #ensureDoc(): void {
    // Validated at once: an untouched empty form is invalid for the host form.
    if (!this.#hasDoc) this.setDoc(this.emptyDoc(), true);
  }

  /** Replace the document: interaction state is cleared, the new value is "prefilled". */
  protected setDoc(doc: Obj, asInitial: boolean): void {
    this.#hasDoc = true;
    this.doc = doc;
    if (asInitial) {
      this.initial = doc;
      this.interaction.clear();
      this.rows.clear();
      this.uiVersion++;
    }
    this.runValidation();
    this.requestUpdate();
  }

  /**
   * The host's value: the base for reset and "Bỏ bản nháp". While a restored draft is shown, the
   * draft stays (it holds the person's latest work) until they discard it or the host calls
   * `reset()` or `clearDraft()`.
   */
  protected setBase(doc: Obj): void {
    this.base = doc;
    if (this.drafts.restored) return;
    this.setDoc(doc, true);
  }

  /** Set `value` at `path` (emptied optional objects and lists removed). */
  protected edit(path: Path, value: unknown): void {
    this.doc = applyEdit(this.rootSchema, this.doc, path, value);
    this.requestUpdate();
    this.validation.schedule();
    this.drafts.changed();
    this.emit("doingoai-change", { value: this.formValue() });
  }

  protected emit(name: string, detail: unknown, cancelable = false): CustomEvent {
    const e = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    this.dispatchEvent(e);
    return e;
  }

  protected runValidation(update = true): Issue[] {
    return this.validation.run(update);
  }

  protected errors(): Issue[] {
    return this.validation.errors();
  }

  /** The errors shown anywhere (the error summary lists these). */
  protected shownAll(): Issue[] {
    return this.interaction.shownAll();
  }

  /** "Bỏ bản nháp" (confirmed): back to the host's value, draft removed, kept as a version to undo. */
  protected async discardDraft(): Promise<void> {
    await this.drafts.discarding();
    this.setDoc(this.base ?? this.emptyDoc(), true);
  }

  /** The draft actions of the notices (`drafts-view.ts`); true when `name` was one. */
  protected draftAction(name: string, el: HTMLElement): boolean {
    const run = draftActions(this.drafts, el, {
      discard: () => this.discardDraft(),
      startNew: () => this.startNew(),
    });
    const f = run[name];
    if (!f) return false;
    void f();
    return true;
  }

  protected text(key: StringKey, params?: Record<string, string | number>): string {
    return t(this.uiLang, key, params);
  }

  // ---- what the templates ask (FieldHost) ---------------------------------------------------

  shownErrors(path: Path, deep: boolean): Issue[] {
    return this.interaction.shownErrors(path, deep);
  }
  errorKeyUnder(path: Path): string {
    return this.interaction.errorKeyUnder(path);
  }
  rawText(key: string): string | undefined {
    return this.interaction.rawText(key);
  }
  rowIds(listKey: string, length: number): string[] {
    return this.rows.ids(listKey, length);
  }
  rowOpen(rowId: string, length: number): boolean {
    return this.rows.isOpen(rowId, length);
  }
  rowVersion(rowId: string): number {
    return this.rows.version(rowId);
  }
  contextKey(): unknown {
    return getAt(this.doc, ["body", "customAreas"]);
  }
  customAreaOptions(): Option[] {
    return customAreaOptionsOf(getAt(this.doc, ["body", "customAreas"]));
  }

  /** The descriptor of the field at `path` (from its parent object's schema). */
  protected fieldAt(path: Path): Field | undefined {
    const parent = schemaAt(this.rootSchema, path.slice(0, -1), this.doc) ?? this.rootSchema;
    return fieldsOf(parent, this.uiLang).find((f) => f.key === path.at(-1));
  }

  /** The fields of a section under its heading (see `renderSectionBody`). */
  protected sectionBody(
    paths: readonly Path[],
    heading: TemplateResult,
    title: string,
    unwrapTitled: boolean,
  ): TemplateResult {
    return renderSectionBody(this, (p) => this.fieldAt(p), this.doc, paths, heading, title, unwrapTitled);
  }

  /**
   * Say `text` in the form's polite live region: emptied now (the same text again is heard
   * again), written after the next paint — by hand, not by a render of the whole form in the
   * frame that shows what was done (an added row: that render was 7 ms of a 4×-slowed frame).
   */
  protected announce(text: string): void {
    const live = this.renderRoot?.querySelector<HTMLElement>('[data-live="form"]');
    if (!live) return;
    live.textContent = "";
    afterPaint(() => {
      live.textContent = text;
    });
  }

  // ---- focus ------------------------------------------------------------------------------------

  protected query<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  protected async focusLater(find: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const el = find();
    if (el) {
      // One scroll (focus alone would scroll too, with a layout of its own).
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: "nearest" });
    }
  }

  /**
   * A row just added: shown by the frame of the click, focused in the task after that frame and
   * scrolled to only if it is out of view (keys typed before then land in it: `focusAfterPaint`).
   * The click's handler forces no style or layout of its own.
   */
  protected async focusNew(find: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const el = find();
    if (el) focusAfterPaint(el, afterPaint);
  }

  /** The element that shows `path`, or the nearest rendered one above it. */
  protected anchorFor(path: Path): HTMLElement | undefined {
    return anchorIn(this.renderRoot as ShadowRoot | undefined, path) ?? this.fallbackAnchor(path);
  }

  /** Show the field at `path` (switching section, opening rows) and focus it. */
  async focusPath(path: Path): Promise<void> {
    await this.revealPath(path);
    this.rows.reveal(path);
    await this.updateComplete;
    focusAndShow(this.anchorFor(path), "center");
  }

  protected async focusSummary(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    focusAndShow(this.query("#error-summary"), "start");
  }

  protected draftKey(): string | undefined {
    return this.autosaveKey || this.defaultDraftKey();
  }
}
