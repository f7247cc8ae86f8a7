import type { DocumentKind } from "@doingoai/core/lite";
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { DOCUMENT_KINDS } from "../../model/constants";
import { getAt, type Obj, setAt } from "../../model/path";
import type { Path } from "../../model/schema";
import { findSection, type Section } from "../../model/sections";
import { applyPrefill, listConverter, PREFILL_KEYS, type Prefill } from "../document-form/prefill";
import { renderDraftNotice, renderVersions } from "../form/drafts-view";
import { renderErrorSummary } from "../form/error-summary";
import { FormBase } from "../form/form-base";
import { sectionFormStyles } from "./section-form.styles";

/**
 * One section of a document as a form of its own, to place in a portal page next to other
 * fields: the frame, one area with its three-state answer, the assessment, the plan's tasks…
 * Form-associated: its FormData entry is the section's JSON.
 *
 * @tag doingoai-section-form
 * @summary One section of a document (frame, an area, assessment, tasks…) as a form-associated control.
 * @attr section - The section: a task-list id (`frame`, `overview`, `areas.consular`, `assessment`, `directions`, `recommendations`, `content`, `implementation`, `session`, `tasks`, `answers`, `appendices`…) or a path in the document, relative to the body (`areas.delegations`, `period`, `frame.signature`).
 * @attr kind - The kind of document the section belongs to: `report`, `plan` or `conclusion-notice` (default: the first kind that has the section).
 * @attr lang - Language of labels and messages: `vi` (default) or `en`.
 * @attr name - Name of the FormData entry (the section JSON).
 * @attr autosave-key - Save a draft of the section under this key (no draft when absent).
 * @attr disabled - Disable every control.
 * @event {CustomEvent<{ value: unknown }>} doingoai-change - The section changed; `detail: { value }`.
 * @event {CustomEvent<{ issues: Issue[] }>} doingoai-invalid - The host form was submitted with errors in the section; `detail: { issues }`.
 * @csspart form - The whole form.
 * @csspart error-summary - The error summary ("Có lỗi cần sửa").
 * @csspart field - Each field, fieldset or list.
 * @csspart label - Each label or legend.
 * @csspart hint - Each hint.
 * @csspart input - Each input, select, textarea, radio and checkbox.
 * @csspart error - Each inline error message.
 * @csspart button - Each button. A theme that sets its background here sets its `:hover` and `:active` ones too (the form shows them by colour).
 * @csspart draft-notice - The notice about the draft: another tab saved it, it could not be opened, "Bỏ bản nháp?" and its undo.
 * @csspart versions - "Các phiên bản trước": earlier versions of the draft, each with "Khôi phục".
 * @cssprop --doingoai-font-family - Font of the form.
 * @cssprop --doingoai-color-primary - Buttons, links.
 * @cssprop --doingoai-color-error - Errors.
 * @cssprop --doingoai-focus-color - Focus ring.
 * @cssprop --doingoai-radius - Corner radius of inputs and buttons.
 * @cssprop --doingoai-spacing - Base spacing.
 */
export class DoingoaiSectionForm extends FormBase {
  static override properties: PropertyDeclarations = {
    section: { type: String, reflect: true },
    kind: { type: String, reflect: true },
    issuingBody: { type: String, attribute: "issuing-body" },
    parentBody: { type: String, attribute: "parent-body" },
    place: { type: String },
    signerName: { type: String, attribute: "signer-name" },
    signerTitle: { type: String, attribute: "signer-title" },
    recipients: { attribute: "recipients", converter: listConverter },
  };

  static override styles = sectionFormStyles;

  /** The section id or path. */
  declare section: string;
  /** The kind of document ("" to infer it from the section). */
  declare kind: DocumentKind | "";
  /** Prefill of a new document (the `frame` section): the issuing body. Never over a draft or a given value. */
  declare issuingBody: string | undefined;
  /** Prefill of a new document: the body above the issuing one. */
  declare parentBody: string | undefined;
  /** Prefill of a new document: the place written before the date. */
  declare place: string | undefined;
  /** Prefill of a new document: the signer's name. */
  declare signerName: string | undefined;
  /** Prefill of a new document: the signer's title. */
  declare signerTitle: string | undefined;
  /** Prefill of a new document: the recipients ("Nơi nhận"); as an attribute, separated by ";". */
  declare recipients: string[] | undefined;

  constructor() {
    super();
    this.section = "";
    this.kind = "";
  }

  protected get docKind(): DocumentKind {
    if ((DOCUMENT_KINDS as readonly string[]).includes(this.kind)) return this.kind as DocumentKind;
    return DOCUMENT_KINDS.find((k) => findSection(k, this.section)) ?? "report";
  }

  /** The section shown (undefined when `section` names nothing in this kind of document). */
  get sectionDef(): Section | undefined {
    return this.section ? findSection(this.docKind, this.section) : undefined;
  }

  /** A new document: empty, with the portal's prefill. */
  protected override emptyDoc() {
    return applyPrefill(super.emptyDoc(), this as Prefill);
  }

  protected coveredPaths(): Path[] {
    return this.sectionDef?.paths ?? [];
  }

  protected formValue(): unknown {
    const def = this.sectionDef;
    if (!def) return undefined;
    const [only] = def.paths;
    if (def.paths.length === 1 && only) return getAt(this.doc, only);
    return Object.fromEntries(def.paths.map((p) => [String(p.at(-1)), getAt(this.doc, p)]));
  }

  /**
   * The section's value: the value at its path, or for a section of several paths an object by
   * their last keys (`directions` → `{ outlook, directionsPeriod, directions }`).
   */
  get value(): unknown {
    return this.formValue();
  }
  set value(v: unknown) {
    const def = this.sectionDef;
    if (!def) {
      // `section` may be set after `value` (frameworks set properties in any order).
      this.#pending = { v };
      return;
    }
    this.#pending = undefined;
    let doc = (this.base ?? this.emptyDoc()) as unknown;
    const [only] = def.paths;
    if (def.paths.length === 1 && only) doc = setAt(doc, only, v);
    else for (const p of def.paths) doc = setAt(doc, p, (v as Obj | undefined)?.[String(p.at(-1))]);
    this.setBase(doc as Obj);
  }

  #pending: { v: unknown } | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Prefill set after the form started: a new document untouched takes it (never a draft or a value).
    const fresh = this.doc === this.initial && !this.base && !this.draftRestored;
    if (fresh && PREFILL_KEYS.some((k) => changed.has(k))) this.setDoc(this.emptyDoc(), true);
    if (!changed.has("section") && !changed.has("kind")) return;
    if (this.#pending && this.sectionDef) this.value = this.#pending.v;
    else if (this.doc.kind !== this.docKind && this.doc === this.initial) this.setDoc(this.emptyDoc(), true);
    else this.runValidation(false);
  }

  /**
   * The rest of the document, for validation in context and for area choices (custom areas).
   * Optional: an empty document of the kind by default.
   */
  get context(): Obj | undefined {
    return this.base;
  }
  set context(doc: Obj | undefined) {
    const value = this.formValue();
    this.base = doc && typeof doc === "object" ? doc : undefined;
    this.value = value;
  }

  /** The draft's buttons: "Bỏ bản nháp" (asked, with undo), the notices, earlier versions. */
  protected override action(name: string, el: HTMLElement): void {
    this.draftAction(name, el);
  }

  protected override render(): TemplateResult {
    const def = this.sectionDef;
    const lang = this.uiLang;
    if (!def)
      return html`<p class="error-message" part="error">${this.text("sectionNotFound", { id: this.section })}</p>`;
    const heading = html`<h2>${def.title(lang)}</h2>`;
    const body = this.sectionBody(def.paths, heading, def.title(lang), false);
    // The fieldset (it disables every control at once) holds one element that never changes: a
    // notice, the error summary or a message inserted straight into it would make Chrome rebuild
    // the layout of the whole form (300 rows: 0.1 s unthrottled, 0.5 s at 4× CPU throttling).
    return html`<div class="form" part="form">
      <fieldset class="wrap" ?disabled=${this.controlsDisabled}><div>
        ${renderErrorSummary(lang, this.submitted ? this.shownAll() : [])}
        <p class="save-status hint" role="status">${this.saveStatus}</p>
        ${renderDraftNotice(this.drafts, lang)}
        ${renderVersions(this.drafts, lang)}
        ${this.draftRestored ? html`<p><button type="button" class="button button--link" part="button" data-a="discard">${this.text("discardDraft")}</button></p>` : nothing}
        ${body}
        <div class="vh" aria-live="polite" data-live="form"></div>
      </div></fieldset>
    </div>`;
  }
}
