/**
 * What the document form and the section form share: form association (ElementInternals), the
 * document being written, validation by core (debounced while typing, at once on blur and
 * submit), when to show an error (Lion: touched and dirty, prefilled, or submitted), list row
 * actions with focus management, and drafts saved as the person types.
 */
import { type DocumentKind, type Issue, type Lang, validate } from "@doingoai/core/lite";
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from "lit";
import { applyEdit } from "../model/edit";
import { emptyOf, type Field, fieldsOf, type Option, rowLabelOf } from "../model/fields";
import { getAt, isEmpty, isPrefix, keyPath, moveItem, type Obj, pathKey, setAt } from "../model/path";
import { DOCUMENT_SCHEMAS, type Path, pickOption, type Schema, schemaAt, unwrap } from "../model/schema";
import { type InputKind, parseInput } from "../model/values";
import {
  Autosaver,
  type DraftStorage,
  formatSavedAt,
  localStorageAdapter,
  makeDraft,
  openDraft,
} from "../storage/drafts";
import { langOf, requestLanguage, type StringKey, shownLang, t } from "../strings/strings";
import { type FieldHost, fieldId, groupId, lowerFirst, renderField, renderFields } from "./field-templates";
import { afterGesture, listen as listenForGestures } from "./gesture";
import { RowKeys } from "./row-keys";

const FOCUSABLE = "input, select, textarea, button, a[href], [tabindex]";
/** Validation runs this long after the last keystroke. */
export const VALIDATE_DELAY = 300;
/** Lists longer than this start with their rows closed. */
export const OPEN_ROWS_UP_TO = 20;

/**
 * Whether a person is acting now (a click, Enter: what submits a form), for the `invalid` events
 * that follow in the same task. Those of a submission show the error summary; those of a
 * script's `form.checkValidity()` (at load, say) show nothing.
 */
let acting = false;
/**
 * Forms whose debounced validation has not run yet (their form value is of an older document):
 * validated before a person's action, and their entry put right in any FormData built meanwhile.
 */
const pending = new Set<FormBase>();
const onFormData = (e: Event) => {
  for (const f of pending) if (f.form === e.target) f.putFormData((e as FormDataEvent).formData);
};
const act = (e: Event) => {
  if (e.type === "click" || (e as KeyboardEvent).key === "Enter") {
    for (const f of [...pending]) f.validate();
    acting = true;
    setTimeout(() => {
      acting = false;
    });
  }
};
let listening = false;

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

  protected readonly internals: ElementInternals;
  /** The document being written (a whole document, possibly incomplete). */
  protected doc: Obj = {};
  /** The document as it was given (value set, draft restored): what "prefilled" and "dirty" compare to. */
  protected initial: unknown = undefined;
  /** What `reset()` and "Bỏ bản nháp" go back to. */
  protected base: Obj | undefined;
  protected issues: Issue[] = [];
  protected submitted = false;
  protected disabledByForm = false;
  protected announcement = "";
  protected saveStatus = "";
  protected draftRestored = false;
  protected rows = new RowKeys();
  uiVersion = 0;

  #exact = new Map<string, Issue[]>();
  #under = new Map<string, Issue[]>();
  #touched = new Set<string>();
  /** Fields typed in since the last validation: their issues are of an older value, not shown. */
  #typed = new Set<string>();
  #raw = new Map<string, string>();
  #open = new Map<string, boolean>();
  #rowVersions = new Map<string, number>();
  #stash = new Map<string, unknown>();
  #validateTimer: ReturnType<typeof setTimeout> | undefined;
  #validatePending = false;
  #hasDoc = false;
  #draftLoaded = false;
  #_storage: DraftStorage = localStorageAdapter();
  #autosaver = new Autosaver(
    () => this.#_storage,
    () => this.draftKey() ?? "",
    (r) => {
      this.saveStatus = r.ok
        ? t(this.uiLang, "savedAt", { time: formatSavedAt(r.at, this.uiLang) })
        : t(this.uiLang, "saveFailed");
      this.requestUpdate();
    },
  );

  constructor() {
    super();
    this.internals = this.attachInternals();
    // `lang` and `name` stay unset (not reflected as empty attributes): `lang` is then inherited.
    // The host form was submitted with errors: GOV.UK's error summary, not the browser's bubble.
    // (Not for a check without a person acting: `form.checkValidity()` shows nothing.)
    this.addEventListener("invalid", (e) => {
      if (!acting || this.#quiet) return;
      e.preventDefault();
      this.submitted = true;
      this.emit("doingoai-invalid", { issues: this.errors() });
      void this.focusSummary();
    });
    listenForGestures();
    if (!listening) {
      listening = true;
      document.addEventListener("click", act, true);
      document.addEventListener("keydown", act, true);
      // `formdata` does not bubble; its capture phase passes the document.
      document.addEventListener("formdata", onFormData, true);
    }
  }

  #quiet = false;

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

  // ---- public API ---------------------------------------------------------------------------

  /** Where drafts are kept: `localStorage` by default. */
  get storage(): DraftStorage {
    return this.#_storage;
  }
  set storage(s: DraftStorage) {
    this.#_storage = s;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
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

  /** Validate now with core; returns the issues of this form (errors and warnings). Shows nothing new. */
  validate(): Issue[] {
    return this.runValidation();
  }

  /** Validate now; false (and an `invalid` event) when there are errors. Shows nothing new. */
  checkValidity(): boolean {
    this.runValidation();
    this.#quiet = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quiet = false;
    }
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

  /** Back to the value given by the host (or empty); the draft is removed. */
  reset(): void {
    this.#autosaver.cancel();
    const key = this.draftKey();
    if (key) void this.#_storage.remove(key).catch(() => {});
    this.draftRestored = false;
    this.saveStatus = "";
    this.setDoc(this.base ?? this.emptyDoc(), true);
  }

  /** Remove the saved draft (after the portal has stored the document). */
  async clearDraft(): Promise<void> {
    this.#autosaver.cancel();
    const key = this.draftKey();
    if (key) await this.#_storage.remove(key);
    this.draftRestored = false;
    this.saveStatus = "";
    this.requestUpdate();
  }

  // ---- form association -------------------------------------------------------------------

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== "string") return;
    try {
      const s = JSON.parse(state) as { doc?: unknown; view?: string };
      const opened = openDraft({ value: s.doc });
      if (opened.ok && opened.value.kind === this.docKind) {
        this.setDoc(opened.value, true);
        this.restoreView(s.view);
      }
    } catch {
      /* a state this version did not write */
    }
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** The language shown: the one asked for once it has loaded (Vietnamese until then). */
  get uiLang(): Lang {
    return shownLang(langOf(this));
  }

  /** Settles when the language asked for has loaded (or failed to). */
  #langLoad: Promise<void> | undefined;

  /** Also waits for the language asked for (`lang="en"` loads English on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.#langLoad ? this.#langLoad.then(() => super.getUpdateComplete()) : done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A property set before the element was defined shadows the accessor: set it again.
    for (const p of ["value", "storage"] as const)
      if (Object.hasOwn(this, p)) {
        const v = (this as Record<string, unknown>)[p];
        delete (this as Record<string, unknown>)[p];
        (this as Record<string, unknown>)[p] = v;
      }
    this.#ensureDoc();
    addEventListener("pagehide", this.#onPageHide);
    document.addEventListener("visibilitychange", this.#onPageHide);
    if (!this.#draftLoaded) {
      this.#draftLoaded = true;
      void this.#loadDraft();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener("pagehide", this.#onPageHide);
    document.removeEventListener("visibilitychange", this.#onPageHide);
    void this.#autosaver.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#ensureDoc();
    // English is loaded on first use; then messages, labels and texts are written again.
    if (!this.hasUpdated || changed.has("lang"))
      this.#langLoad = requestLanguage(this, () => this.runValidation());
    // Messages are written in the language of the form: validate again when it changes.
    if (changed.has("lang") && this.hasUpdated) this.runValidation(false);
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot;
    root.addEventListener("input", this.#onInput);
    root.addEventListener("change", this.#onChange);
    root.addEventListener("focusout", this.#onFocusOut);
    root.addEventListener("click", this.#onClick);
  }

  protected override updated(): void {
    this.#syncValidity();
  }

  // ---- the document -------------------------------------------------------------------------

  /** The descriptor of the field at `path` (from its parent object's schema). */
  protected fieldAt(path: Path): Field | undefined {
    const parent = schemaAt(this.rootSchema, path.slice(0, -1), this.doc) ?? this.rootSchema;
    return fieldsOf(parent, this.uiLang).find((f) => f.key === path.at(-1));
  }

  /**
   * The fields of a section under its heading: a single three-state answer takes the heading
   * as its legend; a single group shows its fields under the heading; otherwise each path in
   * turn — with `unwrapTitled`, a group titled like the section shows its fields without a
   * second legend.
   */
  protected sectionBody(
    paths: readonly Path[],
    heading: TemplateResult,
    title: string,
    unwrapTitled: boolean,
  ): TemplateResult {
    const [only] = paths;
    const single = paths.length === 1 && only ? this.fieldAt(only) : undefined;
    if (single && only && single.kind === "answer")
      return renderField(this, single, only, pathKey(only), getAt(this.doc, only), heading);
    if (single && only && single.kind === "group")
      return html`${heading}${renderFields(this, single.fields, only, pathKey(only), getAt(this.doc, only))}`;
    return html`${heading}${paths.map((p) => {
      const f = this.fieldAt(p);
      if (unwrapTitled && f?.kind === "group" && f.label === title)
        return renderFields(this, f.fields, p, pathKey(p), getAt(this.doc, p));
      return f ? renderField(this, f, p, pathKey(p), getAt(this.doc, p)) : nothing;
    })}`;
  }

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
      this.submitted = false;
      this.#touched.clear();
      this.#raw.clear();
      this.#open.clear();
      this.#stash.clear();
      this.rows.clear();
      this.uiVersion++;
    }
    this.runValidation();
    this.requestUpdate();
  }

  /** Set `value` at `path` (emptied optional objects and lists removed). */
  protected edit(path: Path, value: unknown): void {
    this.doc = applyEdit(this.rootSchema, this.doc, path, value);
    this.changed();
  }

  protected changed(): void {
    this.requestUpdate();
    this.scheduleValidation();
    if (this.draftKey()) this.#autosaver.schedule(() => makeDraft(this.doc, this.draftView()));
    this.emit("doingoai-change", { value: this.formValue() });
  }

  protected emit(name: string, detail: unknown, cancelable = false): CustomEvent {
    const e = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    this.dispatchEvent(e);
    return e;
  }

  // ---- validation ---------------------------------------------------------------------------

  protected scheduleValidation(): void {
    this.#validatePending = true;
    pending.add(this);
    clearTimeout(this.#validateTimer);
    // What validation shows may move the layout: not while a pointer is pressed.
    this.#validateTimer = setTimeout(() => afterGesture(this.#runPending), VALIDATE_DELAY);
  }

  #runPending = () => {
    if (this.#validatePending) this.runValidation();
  };

  /** The cleaned document of the last successful validation. */
  protected validValue: unknown;

  protected runValidation(update = true): Issue[] {
    clearTimeout(this.#validateTimer);
    this.#validatePending = false;
    pending.delete(this);
    this.#typed.clear();
    const r = validate(this.doc, { lang: this.uiLang });
    const cover = this.coveredPaths();
    this.validValue = r.ok ? r.value : undefined;
    this.#setIssues(cover ? r.issues.filter((i) => cover.some((p) => isPrefix(p, i.path))) : r.issues);
    this.#syncValue();
    if (update) this.requestUpdate();
    return this.issues;
  }

  protected errors(): Issue[] {
    return this.issues.filter((i) => i.severity === "error");
  }

  #setIssues(issues: Issue[]): void {
    this.issues = issues;
    this.#exact.clear();
    this.#under.clear();
    const add = (m: Map<string, Issue[]>, k: string, i: Issue) => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    for (const i of issues) {
      if (i.severity !== "error") continue;
      add(this.#exact, pathKey(i.path), i);
      for (let n = 0; n <= i.path.length; n++) add(this.#under, pathKey(i.path.slice(0, n)), i);
    }
  }

  #syncValue(): void {
    this.#syncFormValue();
    this.#syncValidity();
  }

  /**
   * A FormData built between an edit and the validation that follows (the form value is set at
   * validation, not at each keystroke): its entry is replaced by the document as it is now.
   */
  putFormData(data: FormData): void {
    this.#syncFormValue();
    const value = this.formValue();
    if (!this.name || this.matches(":disabled")) return;
    if (value === undefined) data.delete(this.name);
    else data.set(this.name, JSON.stringify(value));
  }

  /** What the host form submits. */
  #syncFormValue(): void {
    const value = this.formValue();
    const json = value === undefined ? null : JSON.stringify(value);
    const doc = value === this.doc && json !== null ? json : JSON.stringify(this.doc);
    this.internals.setFormValue(json, `{"doc":${doc},"view":${JSON.stringify(this.draftView() ?? null)}}`);
  }

  #syncValidity(): void {
    const [first] = this.errors();
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.anchorFor(first.path);
    if (anchor) this.internals.setValidity({ customError: true }, first.message, anchor);
    else this.internals.setValidity({ customError: true }, first.message);
  }

  /** The element that shows `path`, or the nearest rendered one above it. */
  protected anchorFor(path: Path): HTMLElement | undefined {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root?.getElementById) return undefined;
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const el = root.getElementById(fieldId(p)) ?? root.getElementById(groupId(p));
      if (el) return el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
    }
    return this.fallbackAnchor(path);
  }

  protected fallbackAnchor(_path: Path): HTMLElement | undefined {
    return undefined;
  }

  // ---- when an error shows (FieldHost) ----------------------------------------------------

  /** Whether the part of the form holding `path` was submitted ("Lưu và tiếp tục"). */
  protected pathSubmitted(_path: Path): boolean {
    return false;
  }

  #isShown(i: Issue): boolean {
    if (this.#typed.size) {
      const k = pathKey(i.path);
      for (const t of this.#typed) if (k === t || k.startsWith(`${t}.`)) return false;
    }
    if (this.submitted || this.pathSubmitted(i.path)) return true;
    const before = getAt(this.initial, i.path);
    if (!isEmpty(before)) return true;
    const k = pathKey(i.path);
    let touched = false;
    for (const t of this.#touched)
      if (t === k || k.startsWith(`${t}.`) || t.startsWith(`${k}.`)) {
        touched = true;
        break;
      }
    return touched && getAt(this.doc, i.path) !== before;
  }

  shownErrors(path: Path, deep: boolean): Issue[] {
    const list = (deep ? this.#under : this.#exact).get(pathKey(path));
    return list ? list.filter((i) => this.#isShown(i)) : [];
  }

  errorKeyUnder(path: Path): string {
    const list = this.#under.get(pathKey(path));
    return list
      ? list
          .filter((i) => this.#isShown(i))
          .map((i) => i.message)
          .join("|")
      : "";
  }

  /** The errors shown anywhere (the error summary lists these). */
  protected shownAll(): Issue[] {
    return this.errors().filter((i) => this.#isShown(i));
  }

  rawText(key: string): string | undefined {
    return this.#raw.get(key);
  }

  rowIds(listKey: string, length: number): string[] {
    return this.rows.get(listKey, length);
  }

  /** Re-render the rows of a stable key (`…#r12.decisions#r45`): their guards see a new version. */
  #touchRows(skey: string): void {
    for (const m of skey.matchAll(/#(r\d+)/g))
      this.#rowVersions.set(m[1]!, (this.#rowVersions.get(m[1]!) ?? 0) + 1);
  }

  rowVersion(rowId: string): number {
    return this.#rowVersions.get(rowId) ?? 0;
  }

  contextKey(): unknown {
    return getAt(this.doc, ["body", "customAreas"]);
  }

  rowOpen(rowId: string, length: number): boolean {
    return this.#open.get(rowId) ?? length <= OPEN_ROWS_UP_TO;
  }

  customAreaOptions(): Option[] {
    const list = getAt(this.doc, ["body", "customAreas"]);
    if (!Array.isArray(list)) return [];
    return list
      .filter((c): c is { id: string; title?: string } => !!c && typeof c.id === "string" && c.id !== "")
      .map((c) => ({ value: `custom:${c.id}`, label: c.title || c.id }));
  }

  protected get controlsDisabled(): boolean {
    return this.disabledByForm;
  }

  // ---- events from the inputs -----------------------------------------------------------

  #onInput = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const key = el.dataset?.p;
    const kind = el.dataset?.k;
    if (key === undefined || !kind || kind === "choice" || kind === "answer") return;
    const path = keyPath(key);
    if (el.closest("[data-variant]")) {
      // Another shape: start it empty, keeping only the chosen discriminator.
      const objPath = path.slice(0, -1);
      const disc = path.at(-1) as string;
      const probe = { [disc]: el.value };
      const s = schemaAt(this.rootSchema, objPath, setAt(this.doc, objPath, probe));
      const fresh = s === undefined ? {} : (emptyOf(pickOption(unwrap(s).schema, probe)) as Obj);
      this.#typed.add(pathKey(objPath));
      this.edit(objPath, el.value ? { ...fresh, [disc]: el.value } : undefined);
      return;
    }
    if (kind !== "select" && kind !== "date") this.#raw.set(key, el.value);
    this.#typed.add(key);
    this.edit(path, parseInput(kind as InputKind, el.value, typeof path.at(-1) === "number"));
  };

  #onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const key = el.dataset?.p;
    const kind = el.dataset?.k;
    if (key === undefined) return;
    const path = keyPath(key);
    if (kind === "choice") {
      const cur = getAt(this.doc, path);
      const list = Array.isArray(cur) ? cur.filter((v) => v !== el.value) : [];
      this.#touched.add(key);
      this.edit(path, el.checked ? [...list, el.value] : list);
    } else if (kind === "answer" && el.checked) {
      this.#touched.add(key);
      this.#setAnswer(path, el.value);
    }
  };

  #onFocusOut = (e: Event) => {
    // Fields only: the buttons of a list carry its path too, but leaving them touches nothing.
    const { p: key, k: kind } = (e.target as HTMLElement).dataset ?? {};
    if (key === undefined || !kind) return;
    // The errors this shows move what is below: after the click that took the focus away.
    afterGesture(() => {
      const first = !this.#touched.has(key);
      this.#touched.add(key);
      if (this.#validatePending) this.runValidation();
      else if (first) this.requestUpdate();
    });
  };

  #onClick = (e: Event) => {
    const el = (e.target as Element).closest<HTMLElement>("[data-a], [data-goto], [data-go]");
    if (!el || this.controlsDisabled) return;
    if (el.dataset.goto !== undefined) {
      e.preventDefault();
      void this.focusPath(keyPath(el.dataset.goto));
      return;
    }
    const a = el.dataset.a;
    if (!a && el.dataset.go === undefined) return;
    const path = keyPath(el.dataset.p ?? "");
    const skey = el.dataset.s ?? "";
    const i = Number(el.dataset.i);
    if (a === "add") this.addRow(path, skey);
    else if (a === "remove") this.removeRow(path, skey, i);
    else if (a === "up" || a === "down") this.moveRow(path, skey, i, a);
    else if (a === "toggle") {
      const id = el.dataset.r!;
      this.#open.set(id, el.getAttribute("aria-expanded") !== "true");
      this.#touchRows(skey);
      this.requestUpdate();
    } else this.action(a ?? "", el, e);
  };

  /** Actions of the subclass (navigation, submit, download). */
  protected action(_name: string, _el: HTMLElement, _e: Event): void {}

  #setAnswer(path: Path, state: string): void {
    const key = pathKey(path);
    const cur = getAt(this.doc, path) as Obj | undefined;
    if (cur && cur.answer !== "unanswered") this.#stash.set(`${key}|${cur.answer}`, cur);
    let next: unknown;
    if (state === "unanswered") {
      const s = schemaAt(this.rootSchema, path, this.doc);
      next = s !== undefined && unwrap(s).optional ? undefined : { answer: "unanswered" };
    } else next = this.#stash.get(`${key}|${state}`) ?? { answer: state };
    // The issues of the answer given before are not those of this one.
    this.#typed.add(key);
    this.edit(path, next);
  }

  // ---- list rows ------------------------------------------------------------------------------

  #listOf(path: Path): unknown[] {
    const v = getAt(this.doc, path);
    return Array.isArray(v) ? v : [];
  }

  #rowLabel(path: Path, n: number): string {
    const key = [...path].reverse().find((k): k is string => typeof k === "string") ?? "";
    return lowerFirst(rowLabelOf(key, n, this.uiLang));
  }

  /** Keep per-path state (typed text, touched) with its row when rows move or go. */
  #remap(listPath: Path, map: (i: number) => number | undefined): void {
    const prefix = `${pathKey(listPath)}.`;
    const move = (k: string): string | undefined => {
      if (!k.startsWith(prefix)) return k;
      const rest = k.slice(prefix.length);
      const dot = rest.indexOf(".");
      const idx = Number(dot < 0 ? rest : rest.slice(0, dot));
      const to = map(idx);
      return to === undefined ? undefined : prefix + to + (dot < 0 ? "" : rest.slice(dot));
    };
    const raw = new Map<string, string>();
    for (const [k, v] of this.#raw) {
      const n = move(k);
      if (n !== undefined) raw.set(n, v);
    }
    this.#raw = raw;
    const touched = new Set<string>();
    for (const k of this.#touched) {
      const n = move(k);
      if (n !== undefined) touched.add(n);
    }
    this.#touched = touched;
    // Issues found before the move stay with their row until validation runs again.
    const n = listPath.length;
    const issues: Issue[] = [];
    for (const i of this.issues) {
      const idx = i.path[n];
      if (typeof idx !== "number" || !isPrefix(listPath, i.path)) issues.push(i);
      else {
        const to = map(idx);
        if (to !== undefined)
          issues.push({ ...i, path: [...i.path.slice(0, n), to, ...i.path.slice(n + 1)] });
      }
    }
    this.#setIssues(issues);
  }

  protected addRow(path: Path, skey: string): void {
    const list = this.#listOf(path);
    const el = schemaAt(this.rootSchema, [...path, 0], this.doc);
    const item = el === undefined ? undefined : emptyOf(el);
    const id = this.rows.append(skey, list.length);
    this.#open.set(id, true);
    this.edit(path, [...list, item === undefined ? "" : item]);
    this.announce(t(this.uiLang, "added", { row: this.#rowLabel(path, list.length + 1) }));
    void this.focusLater(() =>
      this.query(`#row-${id}`)?.querySelector<HTMLElement>("input, select, textarea"),
    );
  }

  protected removeRow(path: Path, skey: string, i: number): void {
    const list = this.#listOf(path);
    const label = this.#rowLabel(path, i + 1);
    this.rows.remove(skey, i);
    this.#remap(path, (j) => (j === i ? undefined : j > i ? j - 1 : j));
    this.edit(
      path,
      list.filter((_, j) => j !== i),
    );
    this.announce(t(this.uiLang, "removed", { row: label }));
    const ids = this.rows.get(skey, list.length - 1);
    const next = ids[i] ?? ids[i - 1];
    void this.focusLater(() =>
      next
        ? this.query(`#row-${next}`)?.querySelector<HTMLElement>(FOCUSABLE)
        : (this.renderRoot as ShadowRoot).getElementById(`add-${skey}`),
    );
  }

  protected moveRow(path: Path, skey: string, i: number, dir: "up" | "down"): void {
    const list = this.#listOf(path);
    const to = dir === "up" ? i - 1 : i + 1;
    if (to < 0 || to >= list.length) return;
    const id = this.rows.get(skey, list.length)[i]!;
    this.rows.move(skey, i, to);
    this.#remap(path, (j) => (j === i ? to : j === to ? i : j));
    this.edit(path, moveItem(list, i, to));
    this.announce(t(this.uiLang, "moved", { n: to + 1 }));
    const other = dir === "up" ? "down" : "up";
    void this.focusLater(() => this.query(`#${dir}-${id}`) ?? this.query(`#${other}-${id}`));
  }

  protected announce(text: string): void {
    // Re-announce the same text: clear, then set on the next frame.
    this.announcement = "";
    this.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = text;
      this.requestUpdate();
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
      el.focus();
      el.scrollIntoView?.({ block: "nearest" });
    }
  }

  /** The stable key of the list or field at `path` (rows by id), as the templates compute it. */
  protected stableKey(path: Path): string {
    let s = "";
    for (let j = 0; j < path.length; j++) {
      const k = path[j]!;
      if (typeof k === "number") {
        const ids = this.rows.get(s, this.#listOf(path.slice(0, j)).length);
        s = `${s}#${ids[k] ?? k}`;
      } else s = s ? `${s}.${k}` : k;
    }
    return s;
  }

  /** Show the field at `path` (switching section, opening rows) and focus it. */
  async focusPath(path: Path): Promise<void> {
    await this.revealPath(path);
    for (let j = 0; j < path.length; j++) {
      const k = path[j];
      if (typeof k !== "number") continue;
      const listPath = path.slice(0, j);
      const id = this.rows.get(this.stableKey(listPath), this.#listOf(listPath).length)[k];
      if (id) this.#open.set(id, true);
    }
    this.#touchRows(this.stableKey(path));
    this.requestUpdate();
    await this.updateComplete;
    const el = this.anchorFor(path);
    if (!el) return;
    if (!el.matches(FOCUSABLE)) el.setAttribute("tabindex", "-1");
    el.focus();
    el.scrollIntoView?.({ block: "center" });
  }

  protected async focusSummary(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    const el = this.query("#error-summary");
    el?.focus();
    el?.scrollIntoView?.({ block: "start" });
  }

  // ---- drafts -----------------------------------------------------------------------------------

  protected draftKey(): string | undefined {
    return this.autosaveKey || this.defaultDraftKey();
  }

  protected flushDraft = (): Promise<void> => this.#autosaver.flush();
  #onPageHide = () => {
    if (this.#validatePending) this.runValidation(false);
    void this.#autosaver.flush();
  };

  async #loadDraft(): Promise<void> {
    const key = this.draftKey();
    if (!key) return;
    let stored: unknown;
    try {
      stored = await this.#_storage.load(key);
    } catch {
      return;
    }
    if (!stored) return;
    const opened = openDraft(stored);
    if (!opened.ok || opened.value.kind !== this.docKind || this.#autosaver.dirty) return;
    this.setDoc(opened.value, true);
    this.restoreView(opened.view);
    this.draftRestored = true;
    this.saveStatus = t(this.uiLang, "restoredAt", { time: formatSavedAt(opened.savedAt, this.uiLang) });
    this.requestUpdate();
  }

  /** "Bỏ bản nháp": back to the host's value, draft removed. */
  protected discardDraft(): void {
    this.reset();
    this.saveStatus = t(this.uiLang, "draftDiscarded");
    this.requestUpdate();
  }

  /**
   * The host's value: the base for reset and "Bỏ bản nháp". While a restored draft is shown, the
   * draft stays (it holds the person's latest work) until they discard it or the host calls
   * `reset()` or `clearDraft()`.
   */
  protected setBase(doc: Obj): void {
    this.base = doc;
    if (this.draftRestored) return;
    this.setDoc(doc, true);
  }

  protected text(key: StringKey, params?: Record<string, string | number>): string {
    return t(this.uiLang, key, params);
  }
}
