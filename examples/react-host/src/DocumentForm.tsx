/**
 * A thin React 19 wrapper around <doingoai-document-form>, typed by the package's own JSX types
 * (`@doingoai/elements/react`, generated from its custom-elements manifest): no hand-written
 * declarations.
 *
 * - Attributes (strings): `kind`, `name`, `lang`, `autosave-key` are passed in JSX as usual;
 *   `kind="not-a-kind"` does not type-check.
 * - Properties (objects): `.value` is set through a ref when the `document` prop changes identity
 *   (React 19 would also set `value={…}` as a property; the ref makes the moment explicit).
 * - Events: React 19 binds a custom element's events from JSX as `on<event-name>`
 *   (`ondoingoai-change`…), each typed with its `detail`.
 */
import type { Document, Issue } from "@doingoai/core";
import type { DoingoaiDocumentForm } from "@doingoai/elements";
import type {} from "@doingoai/elements/react";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";

/** The element's public API (properties, methods, events): the package's class. */
export type DocumentFormElement = DoingoaiDocumentForm;

export interface DocumentFormProps {
  kind: DoingoaiDocumentForm["kind"];
  /** Name of the form field that carries the document JSON. */
  name?: string;
  lang?: "vi" | "en";
  autosaveKey?: string;
  /**
   * A document to show. It is assigned when its identity changes: the element then owns the
   * edits (it is an uncontrolled field). Do not feed `onChange` values back in here.
   */
  document?: Document;
  onChange?: (value: Document) => void;
  onSubmit?: (document: Document) => void;
  onInvalid?: (issues: Issue[]) => void;
  ref?: Ref<DocumentFormElement | null>;
}

export function DocumentForm({
  kind,
  name,
  lang,
  autosaveKey,
  document,
  onChange,
  onSubmit,
  onInvalid,
  ref,
}: DocumentFormProps) {
  const element = useRef<DocumentFormElement>(null);
  useImperativeHandle(ref, () => element.current as DocumentFormElement, []);

  // Property, not attribute.
  useEffect(() => {
    if (element.current && document) element.current.value = document;
  }, [document]);

  return (
    <doingoai-document-form
      ref={element}
      kind={kind}
      name={name}
      lang={lang}
      autosave-key={autosaveKey}
      ondoingoai-change={(e) => onChange?.(e.detail.value)}
      ondoingoai-submit={(e) => onSubmit?.(e.detail.document)}
      ondoingoai-invalid={(e) => onInvalid?.(e.detail.issues)}
    />
  );
}
