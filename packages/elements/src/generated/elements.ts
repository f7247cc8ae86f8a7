// Generated from custom-elements.json by scripts/element-types.mjs: do not edit.

import type { Document, Issue } from "@doingoai/core/lite";
import type { DoingoaiDocumentForm } from "../components/document-form/document-form.component";
import type { DoingoaiPreview } from "../components/preview/preview.component";
import type { DoingoaiSectionForm } from "../components/section-form/section-form.component";

/** Events of `<doingoai-document-form>` (bubbling, composed). */
export interface DoingoaiDocumentFormEvents {
  /** The document changed; `detail: { value }` (the document, possibly incomplete). */
  "doingoai-change": CustomEvent<{ value: Document }>;
  /** "Gửi văn bản" with a valid document; `detail: { document }` (cleaned by core). Cancelable: `preventDefault()` keeps the host form from submitting. */
  "doingoai-submit": CustomEvent<{ document: Document }>;
  /** Submission found errors; `detail: { issues }`. */
  "doingoai-invalid": CustomEvent<{ issues: Issue[] }>;
  /** After `markSent(receipt)`: the form shows the sent state and keeps the draft marked sent (also after a reload). */
  "doingoai-sent": CustomEvent<{ document: Document; receipt?: string; sentAt: string }>;
  /** The report was started from the request (`startFromRequest` or the task list's button). */
  "doingoai-start-request": CustomEvent<{ request: Document }>;
  /** After `startNew()` ("Bắt đầu văn bản mới"): `previous` (the sent document) became an earlier version, the form is empty. */
  "doingoai-new": CustomEvent<{ previous: Document }>;
}

/** Attributes of `<doingoai-document-form>`. */
export interface DoingoaiDocumentFormAttributes {
  /** `report`, `plan` or `conclusion-notice`. */
  kind?: DoingoaiDocumentForm["kind"];
  /** Language of labels and messages: `vi` (default) or `en`. */
  lang?: DoingoaiDocumentForm["lang"];
  /** Name of the FormData entry (the document JSON). */
  name?: DoingoaiDocumentForm["name"];
  /** Key of the draft in `storage` (default `doingoai:<kind>:<page path>`). */
  "autosave-key"?: DoingoaiDocumentForm["autosaveKey"];
  /** Hide the live preview. */
  "no-preview"?: DoingoaiDocumentForm["noPreview"];
  /** The URL query parameter that holds the open section (`?phan=delegations`), so that a link or
a reload opens it. Without it, the section is kept in the history entry only. Either way,
each section the person opens is a history entry: Back and Forward move within the form. */
  "url-param"?: DoingoaiDocumentForm["urlParam"];
  /** Disable every control (also when inside a disabled fieldset). */
  disabled?: string | boolean;
  /** Prefill of a new document: the issuing body ("UBND XÃ TÂN THANH"). Never over a draft or a given value. */
  "issuing-body"?: DoingoaiDocumentForm["issuingBody"];
  /** Prefill of a new document: the body above the issuing one ("UBND TỈNH LẠNG SƠN"). */
  "parent-body"?: DoingoaiDocumentForm["parentBody"];
  /** Prefill of a new document: the place written before the date ("Tân Thanh"). */
  place?: DoingoaiDocumentForm["place"];
  /** Prefill of a new document: the signer's name. */
  "signer-name"?: DoingoaiDocumentForm["signerName"];
  /** Prefill of a new document: the signer's title ("CHỦ TỊCH"). */
  "signer-title"?: DoingoaiDocumentForm["signerTitle"];
  /** Prefill of a new document: the recipients ("Nơi nhận"); as an attribute, separated by ";". */
  recipients?: DoingoaiDocumentForm["recipients"];
}

/** Properties of `<doingoai-document-form>` a host may set. */
export type DoingoaiDocumentFormProperties = Partial<
  Pick<
    DoingoaiDocumentForm,
    | "kind"
    | "noPreview"
    | "urlParam"
    | "request"
    | "issuingBody"
    | "parentBody"
    | "place"
    | "signerName"
    | "signerTitle"
    | "recipients"
    | "value"
    | "lang"
    | "name"
    | "autosaveKey"
    | "uiVersion"
    | "storage"
  >
>;

/** Events of `<doingoai-preview>` (bubbling, composed). */
export type DoingoaiPreviewEvents = Record<never, never>;

/** Attributes of `<doingoai-preview>`. */
export interface DoingoaiPreviewAttributes {
  /** Language of the element's own texts: `vi` (default) or `en`. */
  lang?: DoingoaiPreview["lang"];
  /** Milliseconds after the last change before the preview renders again. */
  delay?: DoingoaiPreview["delay"];
}

/** Properties of `<doingoai-preview>` a host may set. */
export type DoingoaiPreviewProperties = Partial<Pick<DoingoaiPreview, "lang" | "delay" | "document">>;

/** Events of `<doingoai-section-form>` (bubbling, composed). */
export interface DoingoaiSectionFormEvents {
  /** The section changed; `detail: { value }`. */
  "doingoai-change": CustomEvent<{ value: unknown }>;
  /** The host form was submitted with errors in the section; `detail: { issues }`. */
  "doingoai-invalid": CustomEvent<{ issues: Issue[] }>;
}

/** Attributes of `<doingoai-section-form>`. */
export interface DoingoaiSectionFormAttributes {
  /** The section id or path. */
  section?: DoingoaiSectionForm["section"];
  /** The kind of document ("" to infer it from the section). */
  kind?: DoingoaiSectionForm["kind"];
  /** Language of labels and messages: `vi` (default) or `en`. */
  lang?: DoingoaiSectionForm["lang"];
  /** Name of the FormData entry (the section JSON). */
  name?: DoingoaiSectionForm["name"];
  /** Save a draft of the section under this key (no draft when absent). */
  "autosave-key"?: DoingoaiSectionForm["autosaveKey"];
  /** Disable every control. */
  disabled?: string | boolean;
  /** Prefill of a new document (the `frame` section): the issuing body. Never over a draft or a given value. */
  "issuing-body"?: DoingoaiSectionForm["issuingBody"];
  /** Prefill of a new document: the body above the issuing one. */
  "parent-body"?: DoingoaiSectionForm["parentBody"];
  /** Prefill of a new document: the place written before the date. */
  place?: DoingoaiSectionForm["place"];
  /** Prefill of a new document: the signer's name. */
  "signer-name"?: DoingoaiSectionForm["signerName"];
  /** Prefill of a new document: the signer's title. */
  "signer-title"?: DoingoaiSectionForm["signerTitle"];
  /** Prefill of a new document: the recipients ("Nơi nhận"); as an attribute, separated by ";". */
  recipients?: DoingoaiSectionForm["recipients"];
}

/** Properties of `<doingoai-section-form>` a host may set. */
export type DoingoaiSectionFormProperties = Partial<
  Pick<
    DoingoaiSectionForm,
    | "section"
    | "kind"
    | "issuingBody"
    | "parentBody"
    | "place"
    | "signerName"
    | "signerTitle"
    | "recipients"
    | "value"
    | "context"
    | "lang"
    | "name"
    | "autosaveKey"
    | "uiVersion"
    | "storage"
  >
>;

/** Every event of the tags, by name. */
export interface DoingoaiEvents {
  "doingoai-change": CustomEvent<{ value: Document }> | CustomEvent<{ value: unknown }>;
  "doingoai-submit": CustomEvent<{ document: Document }>;
  "doingoai-invalid": CustomEvent<{ issues: Issue[] }>;
  "doingoai-sent": CustomEvent<{ document: Document; receipt?: string; sentAt: string }>;
  "doingoai-start-request": CustomEvent<{ request: Document }>;
  "doingoai-new": CustomEvent<{ previous: Document }>;
}

declare global {
  interface HTMLElementTagNameMap {
    "doingoai-document-form": DoingoaiDocumentForm;
    "doingoai-preview": DoingoaiPreview;
    "doingoai-section-form": DoingoaiSectionForm;
  }
  interface HTMLElementEventMap extends DoingoaiEvents {}
}
