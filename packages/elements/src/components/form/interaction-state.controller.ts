/**
 * What the person has done, and so which errors to show (Lion's rule): an error shows once its
 * field was left after a change (touched and dirty), when it was there in the value given
 * (prefilled), or after a submit. An error found for another value than the one there now — the
 * field was typed in since the last validation — is not shown until validation has run again.
 * Also kept here: the text as typed (while it differs from the stored value's text) and the
 * content of an answer while another answer is chosen, so that switching back loses nothing.
 */
import type { Issue } from "@doingoai/core/lite";
import { getAt, isEmpty, pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import type { ValidationController } from "./validation.controller";

export interface InteractionOptions {
  doc(): unknown;
  /** The value as given (set by the host, or a restored draft). */
  initial(): unknown;
  /** Whether the part of the form holding `path` was submitted ("Lưu và tiếp tục"). */
  pathSubmitted(path: Path): boolean;
}

/** A controller without lifecycle of its own: its host calls it and renders. */
export class InteractionState {
  /** The whole form was submitted: every error shows. */
  submitted = false;
  #touched = new Set<string>();
  #typed = new Set<string>();
  #raw = new Map<string, string>();
  #stash = new Map<string, unknown>();

  constructor(
    private readonly validation: ValidationController,
    private readonly o: InteractionOptions,
  ) {}

  /** A new value: nothing touched, typed or stashed. */
  clear(): void {
    this.submitted = false;
    this.#touched.clear();
    this.#typed.clear();
    this.#raw.clear();
    this.#stash.clear();
  }

  /** The field at `key` was left; true the first time. */
  touch(key: string): boolean {
    const first = !this.#touched.has(key);
    this.#touched.add(key);
    return first;
  }

  /** The value at `key` changed by typing (`text`: as typed) since the last validation. */
  typed(key: string, text?: string): void {
    this.#typed.add(key);
    if (text !== undefined) this.#raw.set(key, text);
  }

  /** Validation ran: its issues are of the values there now. */
  validated(): void {
    this.#typed.clear();
  }

  /** The text a person typed at `key`, while it differs from the stored value's text. */
  rawText(key: string): string | undefined {
    return this.#raw.get(key);
  }

  /** Keep the content of an answer (`key|state`) while another answer is chosen. */
  stash(key: string, value: unknown): void {
    this.#stash.set(key, value);
  }

  unstash(key: string): unknown {
    return this.#stash.get(key);
  }

  #shown(i: Issue): boolean {
    const k = pathKey(i.path);
    for (const t of this.#typed) if (k === t || k.startsWith(`${t}.`)) return false;
    if (this.submitted || this.o.pathSubmitted(i.path)) return true;
    const before = getAt(this.o.initial(), i.path);
    if (!isEmpty(before)) return true;
    let touched = false;
    for (const t of this.#touched)
      if (t === k || k.startsWith(`${t}.`) || t.startsWith(`${k}.`)) {
        touched = true;
        break;
      }
    return touched && getAt(this.o.doc(), i.path) !== before;
  }

  /** The errors to show at `path` (`deep`: also those under it). */
  shownErrors(path: Path, deep: boolean): Issue[] {
    const list = this.validation.errorsAt(path, deep);
    return list ? list.filter((i) => this.#shown(i)) : [];
  }

  /** A string that changes when the errors shown under `path` change (for `guard`). */
  errorKeyUnder(path: Path): string {
    const list = this.validation.errorsAt(path, true);
    return list
      ? list
          .filter((i) => this.#shown(i))
          .map((i) => i.message)
          .join("|")
      : "";
  }

  /** The errors shown anywhere (the error summary lists these). */
  shownAll(): Issue[] {
    return this.validation.errors().filter((i) => this.#shown(i));
  }

  /** Rows of the list at `listPath` moved: typed text, touched fields and issues go with them. */
  remap(listPath: Path, map: (i: number) => number | undefined): void {
    const prefix = `${pathKey(listPath)}.`;
    const move = (k: string): string | undefined => {
      if (!k.startsWith(prefix)) return k;
      const rest = k.slice(prefix.length);
      const dot = rest.indexOf(".");
      const to = map(Number(dot < 0 ? rest : rest.slice(0, dot)));
      return to === undefined ? undefined : prefix + to + (dot < 0 ? "" : rest.slice(dot));
    };
    const raw = new Map<string, string>();
    for (const [k, v] of this.#raw) {
      const n = move(k);
      if (n !== undefined) raw.set(n, v);
    }
    this.#raw = raw;
    for (const name of ["touched", "typed"] as const) {
      const set = name === "touched" ? this.#touched : this.#typed;
      const next = new Set<string>();
      for (const k of set) {
        const n = move(k);
        if (n !== undefined) next.add(n);
      }
      if (name === "touched") this.#touched = next;
      else this.#typed = next;
    }
    this.validation.remap(listPath, map);
  }
}
