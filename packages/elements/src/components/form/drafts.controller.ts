/**
 * Drafts of one form: saved a moment after each change and at once when the page is hidden,
 * restored when the form first connects (a draft of another kind, or one the form cannot open, is
 * left alone), removed by `reset()`, `clearDraft()` and "Bỏ bản nháp". The status line says when
 * the draft was saved or restored.
 */
import type { Lang } from "@doingoai/core/lite";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import {
  Autosaver,
  type Draft,
  type DraftStorage,
  formatSavedAt,
  localStorageAdapter,
  openDraft,
} from "../../storage/drafts";
import { t } from "../../strings/strings";

export interface DraftOptions {
  /** The key of the draft (none: no drafts). */
  key(): string | undefined;
  lang(): Lang;
  /** The kind of document the form writes: a draft of another kind is not restored. */
  kind(): string;
  /** The draft to save now. */
  snapshot(): Draft;
  /** Show a restored draft: its document and the view it was on. */
  restore(doc: Record<string, unknown>, view: string | undefined): void;
  /** Run before the page is hidden (what must be written before the draft is saved). */
  beforeHide(): void;
}

export class DraftController implements ReactiveController {
  /** The status line: when the draft was saved or restored, or that saving failed. */
  status = "";
  /** A restored draft is shown (it wins over the host's value until discarded). */
  restored = false;
  /** Where drafts are kept: `localStorage` by default. */
  storage: DraftStorage = localStorageAdapter();
  #loaded = false;
  #autosaver: Autosaver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: DraftOptions,
  ) {
    host.addController(this);
    this.#autosaver = new Autosaver(
      () => this.storage,
      () => this.o.key() ?? "",
      (r) => {
        const lang = this.o.lang();
        this.status = r.ok ? t(lang, "savedAt", { time: formatSavedAt(r.at, lang) }) : t(lang, "saveFailed");
        this.host.requestUpdate();
      },
    );
  }

  hostConnected(): void {
    addEventListener("pagehide", this.#onHide);
    document.addEventListener("visibilitychange", this.#onHide);
  }

  hostDisconnected(): void {
    removeEventListener("pagehide", this.#onHide);
    document.removeEventListener("visibilitychange", this.#onHide);
    void this.#autosaver.flush();
  }

  #onHide = () => {
    this.o.beforeHide();
    void this.#autosaver.flush();
  };

  /** Restore the saved draft, once (after the host's properties are in place). */
  start(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    void this.#load();
  }

  async #load(): Promise<void> {
    const key = this.o.key();
    if (!key) return;
    let stored: unknown;
    try {
      stored = await this.storage.load(key);
    } catch {
      return;
    }
    if (!stored) return;
    const opened = openDraft(stored);
    if (!opened.ok || opened.value.kind !== this.o.kind() || this.#autosaver.dirty) return;
    this.o.restore(opened.value, opened.view);
    this.restored = true;
    const lang = this.o.lang();
    this.status = t(lang, "restoredAt", { time: formatSavedAt(opened.savedAt, lang) });
    this.host.requestUpdate();
  }

  /** The document changed: save it a moment later. */
  changed(): void {
    if (this.o.key()) this.#autosaver.schedule(() => this.o.snapshot());
  }

  /** Save now what is waiting to be saved. */
  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Forget the draft (not waiting for the storage). */
  drop(): void {
    void this.clear().catch(() => {});
  }

  /** Remove the saved draft. */
  async clear(): Promise<void> {
    this.#autosaver.cancel();
    this.restored = false;
    this.status = "";
    this.host.requestUpdate();
    const key = this.o.key();
    if (key) await this.storage.remove(key);
  }

  /** "Bỏ bản nháp": the draft is gone, and the status line says so. */
  discarded(): void {
    this.status = t(this.o.lang(), "draftDiscarded");
    this.host.requestUpdate();
  }
}
