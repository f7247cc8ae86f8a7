/**
 * A thin React wrapper around <doingoai-document-form>.
 *
 * - Attributes (strings): `kind`, `name`, `lang`, `autosave-key` are passed in JSX as usual.
 * - Properties (objects): `.value` is set through a ref. React 18 would turn an object prop of a
 *   custom element into the attribute "[object Object]"; React 19 sets it as a property, but a
 *   ref works in both and makes the moment of assignment explicit.
 * - Events: the element dispatches CustomEvents (`doingoai-change`, `doingoai-submit`,
 *   `doingoai-invalid`); React 18 cannot bind them from JSX, so they are added with
 *   addEventListener. The latest callbacks are read from a ref so that listeners are added once.
 */
import type { Document, Issue } from "@doingoai/core";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";

/** The element's public API (see the elements contract). */
export interface DocumentFormElement extends HTMLElement {
  value: Document;
  validate(): Issue[];
  reset(): void;
}

export interface DocumentFormProps {
  kind: Document["kind"];
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

  // Events, once; the handlers are read at dispatch time.
  const handlers = useRef({ onChange, onSubmit, onInvalid });
  handlers.current = { onChange, onSubmit, onInvalid };
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const change = (e: Event) =>
      handlers.current.onChange?.((e as CustomEvent<{ value: Document }>).detail.value);
    const submit = (e: Event) =>
      handlers.current.onSubmit?.((e as CustomEvent<{ document: Document }>).detail.document);
    const invalid = (e: Event) =>
      handlers.current.onInvalid?.((e as CustomEvent<{ issues: Issue[] }>).detail.issues);
    el.addEventListener("doingoai-change", change);
    el.addEventListener("doingoai-submit", submit);
    el.addEventListener("doingoai-invalid", invalid);
    return () => {
      el.removeEventListener("doingoai-change", change);
      el.removeEventListener("doingoai-submit", submit);
      el.removeEventListener("doingoai-invalid", invalid);
    };
  }, []);

  return (
    <doingoai-document-form ref={element} kind={kind} name={name} lang={lang} autosave-key={autosaveKey} />
  );
}
