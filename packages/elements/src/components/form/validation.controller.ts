/**
 * Validation by core: a moment after the last keystroke (debounced), at once on blur, before a
 * person's click or Enter, and on submit. The issues are indexed by path (exactly at a path, and
 * anywhere under it) for the templates. What validation shows can move the layout, so the
 * debounced run waits for the pointer gesture under way to deliver its click.
 */
import { type Issue, type Lang, validate } from "@doingoai/core/lite";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { isPrefix, pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { afterGesture } from "./gesture";

/** Validation runs this long after the last keystroke. */
export const VALIDATE_DELAY = 300;

export interface ValidationOptions {
  doc(): unknown;
  lang(): Lang;
  /** The paths the form edits (issues elsewhere are not its own); undefined: the whole document. */
  cover(): Path[] | undefined;
  /** After each run (the form value and validity follow). */
  done(): void;
  /** A run is waiting (`true`) or has run (`false`). */
  pending(waiting: boolean): void;
}

export class ValidationController implements ReactiveController {
  /** The issues of the form (errors and warnings) from the last run. */
  issues: Issue[] = [];
  /** The cleaned document of the last run, when it was valid. */
  value: unknown;
  #exact = new Map<string, Issue[]>();
  #under = new Map<string, Issue[]>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: ValidationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** A run is scheduled and has not happened yet. */
  get pending(): boolean {
    return this.#pending;
  }

  /** Validate a moment after the last change. */
  schedule(): void {
    this.#pending = true;
    this.o.pending(true);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => afterGesture(this.#runPending), VALIDATE_DELAY);
  }

  #runPending = () => {
    if (this.#pending) this.run();
  };

  /** Validate now; `update`: render again. */
  run(update = true): Issue[] {
    clearTimeout(this.#timer);
    this.#pending = false;
    this.o.pending(false);
    const r = validate(this.o.doc(), { lang: this.o.lang() });
    const cover = this.o.cover();
    this.value = r.ok ? r.value : undefined;
    this.set(cover ? r.issues.filter((i) => cover.some((p) => isPrefix(p, i.path))) : r.issues);
    this.o.done();
    if (update) this.host.requestUpdate();
    return this.issues;
  }

  errors(): Issue[] {
    return this.issues.filter((i) => i.severity === "error");
  }

  /** The errors exactly at `path`, or (`deep`) anywhere under it. */
  errorsAt(path: Path, deep: boolean): Issue[] | undefined {
    return (deep ? this.#under : this.#exact).get(pathKey(path));
  }

  /** Replace the issues (a run, or the same issues following their rows). */
  set(issues: Issue[]): void {
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

  /** Rows of the list at `listPath` moved (`map`: old index → new, undefined when removed). */
  remap(listPath: Path, map: (i: number) => number | undefined): void {
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
    this.set(issues);
  }
}
