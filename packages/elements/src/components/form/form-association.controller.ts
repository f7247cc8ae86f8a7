/**
 * Form association (ElementInternals): the value the host form submits, validity from core's
 * issues (the message of the first error, anchored on the field that has it), and GOV.UK's error
 * summary instead of the browser's bubble when a person submits the host form with errors.
 *
 * The form value is set at each validation, not at each keystroke (it is the whole document as
 * JSON); between an edit and that validation, any FormData built gets the document as it is now
 * (`formdata`), and a click or Enter — what submits a form — runs the validation first.
 */
import type { Issue } from "@doingoai/core/lite";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Path } from "../../model/schema";

export interface FormAssociationOptions {
  /** The value submitted (FormData) and returned by `.value`. */
  value(): unknown;
  /** The state to restore from (history navigation, autofill). */
  state(): string;
  errors(): Issue[];
  /** The element that shows `path` (validity's anchor). */
  anchorFor(path: Path): HTMLElement | undefined;
  /** Validate now (a validation is waiting and a person acts). */
  validateNow(): void;
  /** A person submitted the host form with errors: show them. */
  invalid(): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly name: string };

/** Whether a person is acting now (a click, Enter), for the `invalid` events of the same task. */
let acting = false;
/** Forms with a validation waiting: their form value is of an older document. */
const stale = new Set<FormAssociation>();

/** The row actions of the lists (`data-a` of their buttons): they never submit. */
const ROW_ACTIONS = new Set(["add", "remove", "up", "down", "toggle"]);

const act = (e: Event) => {
  if (e.type !== "click" && (e as KeyboardEvent).key !== "Enter") return;
  // Enter in a text area is a new line, not a submission: typing stays cheap.
  const target = e.composedPath()[0] as HTMLElement | undefined;
  // Nor do the row actions of a list ("Thêm …", move, remove, open): adding a row stays quick.
  if (ROW_ACTIONS.has(target?.closest?.<HTMLElement>("button[data-a]")?.dataset.a ?? "")) return;
  // Nor does a click on a radio or a checkbox: it is checked before its `click` is dispatched and
  // `change` comes after; a render in between (this validation's, run after this listener) puts
  // back the state the form holds, so the click would be lost.
  const checkable =
    target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
  if (e.type === "click" ? !checkable : !(target?.localName === "textarea" || target?.isContentEditable))
    for (const f of [...stale]) f.o.validateNow();
  acting = true;
  setTimeout(() => {
    acting = false;
  });
};

const onFormData = (e: Event) => {
  for (const f of stale) if (f.form === e.target) f.put((e as FormDataEvent).formData);
};

let listening = false;
function listen(): void {
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener("click", act, true);
  document.addEventListener("keydown", act, true);
  // `formdata` does not bubble; its capture phase passes the document.
  document.addEventListener("formdata", onFormData, true);
}

export class FormAssociation implements ReactiveController {
  readonly internals: ElementInternals;
  #quiet = false;

  constructor(
    private readonly host: Host,
    readonly o: FormAssociationOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
    // The host form was submitted with errors: GOV.UK's error summary, not the browser's bubble.
    // (Not for a check without a person acting: `form.checkValidity()` shows nothing.)
    host.addEventListener("invalid", (e) => {
      if (!acting || this.#quiet) return;
      e.preventDefault();
      this.o.invalid();
    });
    listen();
  }

  hostUpdated(): void {
    // The anchor of the first error may be another element after a render.
    this.syncValidity();
  }

  hostDisconnected(): void {
    stale.delete(this);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** A validation is waiting (`true`) or has run (`false`). */
  pending(waiting: boolean): void {
    if (waiting) stale.add(this);
    else stale.delete(this);
  }

  /** Validity check without showing anything (no error summary from its `invalid` event). */
  checkValidity(): boolean {
    this.#quiet = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quiet = false;
    }
  }

  /** The form value and validity, after a validation. */
  sync(): void {
    this.#syncValue();
    this.syncValidity();
  }

  #syncValue(): void {
    const value = this.o.value();
    this.internals.setFormValue(value === undefined ? null : JSON.stringify(value), this.o.state());
  }

  /** Put the value as it is now in a FormData built before validation has run. */
  put(data: FormData): void {
    this.#syncValue();
    const name = this.host.name;
    if (!name || this.host.matches(":disabled")) return;
    const value = this.o.value();
    if (value === undefined) data.delete(name);
    else data.set(name, JSON.stringify(value));
  }

  syncValidity(): void {
    const [first] = this.o.errors();
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.o.anchorFor(first.path);
    if (anchor) this.internals.setValidity({ customError: true }, first.message, anchor);
    else this.internals.setValidity({ customError: true }, first.message);
  }
}
