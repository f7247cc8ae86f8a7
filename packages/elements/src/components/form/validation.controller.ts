/**
 * Validation by core: a moment after the last keystroke (debounced), at once on blur, before a
 * person's click or Enter, and on submit. The issues are indexed by path (exactly at a path, and
 * anywhere under it) for the templates. What validation shows can move the layout, so the
 * debounced run waits for the pointer gesture under way to deliver its click.
 *
 * Core's validation is loaded on first use (`validator.ts`): until it has arrived, a run waits
 * (the form's value counts as not yet validated) and happens as soon as it is there; the host's
 * `updateComplete` waits for it.
 */
import { hasLanguage, type Issue, type Lang, languagePack } from "@doingoai/core/ui";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { isPrefix, pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { afterGesture } from "./gesture";
import { afterPaintIdle } from "./idle";

type Validator = typeof import("./validator");
let validator: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** Load core's validation, once for the page (a failed load is tried again on the next call). */
export function loadValidator(): Promise<Validator> {
  loading ??= import("./validator").then(
    (m) => (validator = m),
    (err) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/** Whether core's validation has arrived (what depends on it renders again once it has). */
export const validatorReady = (): boolean => validator !== undefined;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The name the document gives the period `value` ("6 tháng đầu năm 2026"), from its dates (and its
 * span when one is chosen); undefined until both dates are whole and in order, or before core's
 * validation has arrived.
 */
export function periodNameOf(value: unknown): string | undefined {
  const p = value as { from?: unknown; to?: unknown; span?: unknown } | undefined;
  if (!validator || typeof p?.from !== "string" || typeof p.to !== "string") return undefined;
  if (!ISO_DAY.test(p.from) || !ISO_DAY.test(p.to) || p.from > p.to) return undefined;
  try {
    return validator.periodLabel(p as Parameters<Validator["periodLabel"]>[0]);
  } catch {
    return undefined;
  }
}

/** The loaded validator, with the pack of `lang` when the page has it (the bundle's file has its own registry). */
function validatorFor(lang: Lang): Validator | undefined {
  const v = validator;
  if (v && lang !== "vi" && !v.hasLanguage(lang) && hasLanguage(lang))
    v.registerLanguage(lang, languagePack(lang));
  return v;
}

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
  /** Core's validation is being loaded for a run that waits. */
  #waiting: Promise<unknown> | undefined;

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

  /**
   * A field was left: validate if an edit is waiting, once the browser is idle after the next
   * paint (at most `VALIDATE_DELAY` later) — the row added or the field focused by what took the
   * focus away is painted first, the errors a moment later. (An idle period can come before that
   * frame: validation started there delayed the added row by 13 ms, 50 ms with the CPU slowed 4×.)
   */
  runSoon(): void {
    if (!this.#pending) return;
    afterPaintIdle(() => afterGesture(this.#runPending), VALIDATE_DELAY);
  }

  #runPending = () => {
    if (this.#pending) this.run();
  };

  /**
   * Resolves once core's validation has loaded and the run that waited for it has happened:
   * true when there was something to wait for.
   */
  async loaded(): Promise<boolean> {
    if (!this.#waiting) return false;
    await this.#waiting;
    return true;
  }

  /** Validate now (as soon as core's validation has loaded); `update`: render again. */
  run(update = true): Issue[] {
    clearTimeout(this.#timer);
    const v = validatorFor(this.o.lang());
    if (!v) {
      this.#pending = true;
      this.o.pending(true);
      this.#waiting ??= loadValidator().then(
        () => {
          this.#waiting = undefined;
          if (this.#pending) this.run();
        },
        () => {
          // Offline: the run stays waiting; the next one loads again.
          this.#waiting = undefined;
        },
      );
      return this.issues;
    }
    this.#pending = false;
    this.o.pending(false);
    const r = v.validate(this.o.doc(), { lang: this.o.lang() });
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
    const m = deep ? this.#under : this.#exact;
    // No error (the common case while typing): no key to build for each field and row.
    return m.size === 0 ? undefined : m.get(pathKey(path));
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
