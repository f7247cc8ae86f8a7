/**
 * The events of the inputs of a form, listened to once at its root: `input` (text, numbers,
 * dates, selects, the shape of a variant), `change` (checkboxes, the three-state answers),
 * `focusout` (touched) and `click` (row actions, links to fields, the form's own actions).
 * Inputs carry `data-p` (their path) and `data-k` (how to read them); buttons `data-a`.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { emptyOf } from "../../model/fields";
import { getAt, keyPath, type Obj, pathKey, setAt } from "../../model/path";
import { type Path, pickOption, type Schema, schemaAt, unwrap } from "../../model/schema";
import { type InputKind, parseInput } from "../../model/values";
import { afterGesture } from "./gesture";
import type { InteractionState } from "./interaction-state.controller";
import type { ListRowsController } from "./list-rows.controller";
import { showWholeLists } from "./long-options";
import { typed } from "./typing";
import type { ValidationController } from "./validation.controller";

export interface FormEventsOptions {
  doc(): Obj;
  schema(): Schema;
  edit(path: Path, value: unknown): void;
  disabled(): boolean;
  focusPath(path: Path): Promise<void>;
  /** Actions of the form itself (navigation, submit, download, discard). */
  action(name: string, el: HTMLElement, e: Event): void;
}

export class FormEventsController implements ReactiveController {
  #root: Node | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: Node | undefined },
    private readonly interaction: InteractionState,
    private readonly validation: ValidationController,
    private readonly rows: ListRowsController,
    private readonly o: FormEventsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (!root || root === this.#root) return;
    this.#root = root;
    root.addEventListener("input", this.#onInput);
    root.addEventListener("change", this.#onChange);
    root.addEventListener("focusout", this.#onFocusOut);
    root.addEventListener("focusin", this.#onFocusIn);
    root.addEventListener("click", this.#onClick);
  }

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
      const s = schemaAt(this.o.schema(), objPath, setAt(this.o.doc(), objPath, probe));
      const fresh = s === undefined ? {} : (emptyOf(pickOption(unwrap(s).schema, probe)) as Obj);
      this.interaction.typed(pathKey(objPath));
      this.o.edit(objPath, el.value ? { ...fresh, [disc]: el.value } : undefined);
      return;
    }
    this.interaction.typed(key, kind !== "select" && kind !== "date" ? el.value : undefined);
    typed(this.host, el);
    this.o.edit(path, parseInput(kind as InputKind, el.value, typeof path.at(-1) === "number"));
  };

  #onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const key = el.dataset?.p;
    const kind = el.dataset?.k;
    if (key === undefined) return;
    const path = keyPath(key);
    if (kind === "choice") {
      const cur = getAt(this.o.doc(), path);
      const list = Array.isArray(cur) ? cur.filter((v) => v !== el.value) : [];
      this.interaction.touch(key);
      this.o.edit(path, el.checked ? [...list, el.value] : list);
    } else if (kind === "answer" && el.checked) {
      this.interaction.touch(key);
      this.#setAnswer(path, el.value);
    }
  };

  /** A select showing only its choice gets its whole list before it opens (`long-options.ts`). */
  #onFocusIn = (e: Event) => {
    if ((e.target as HTMLElement).dataset?.short !== undefined) showWholeLists(this.host);
  };

  #onFocusOut = (e: Event) => {
    // Fields only: the buttons of a list carry its path too, but leaving them touches nothing.
    const { p: key, k: kind } = (e.target as HTMLElement).dataset ?? {};
    if (key === undefined || !kind) return;
    // The errors this shows move what is below: after the click that took the focus away.
    afterGesture(() => {
      const first = this.interaction.touch(key);
      if (this.validation.pending) this.validation.runSoon();
      else if (first) this.host.requestUpdate();
    });
  };

  #onClick = (e: Event) => {
    const el = (e.target as Element).closest<HTMLElement>("[data-a], [data-goto], [data-go]");
    if (!el || this.o.disabled()) return;
    if (el.dataset.goto !== undefined) {
      e.preventDefault();
      void this.o.focusPath(keyPath(el.dataset.goto));
      return;
    }
    const a = el.dataset.a;
    if (!a && el.dataset.go === undefined) return;
    const path = keyPath(el.dataset.p ?? "");
    const skey = el.dataset.s ?? "";
    const i = Number(el.dataset.i);
    if (a === "add") this.rows.add(path, skey);
    else if (a === "remove") this.rows.remove(path, skey, i);
    else if (a === "up" || a === "down") this.rows.move(path, skey, i, a);
    else if (a === "toggle")
      this.rows.toggle(el.dataset.r!, el.getAttribute("aria-expanded") !== "true", skey);
    else this.o.action(a ?? "", el, e);
  };

  #setAnswer(path: Path, state: string): void {
    const key = pathKey(path);
    const cur = getAt(this.o.doc(), path) as Obj | undefined;
    if (cur && cur.answer !== "unanswered") this.interaction.stash(`${key}|${cur.answer}`, cur);
    let next: unknown;
    if (state === "unanswered") {
      const s = schemaAt(this.o.schema(), path, this.o.doc());
      next = s !== undefined && unwrap(s).optional ? undefined : { answer: "unanswered" };
    } else next = this.interaction.unstash(`${key}|${state}`) ?? { answer: state };
    // The issues of the answer given before are not those of this one.
    this.interaction.typed(key);
    this.o.edit(path, next);
  }
}
