/**
 * Drafts of one form, so that nothing typed is lost:
 * - saved a moment after each change, and at once when the page is hidden (`pagehide`,
 *   `visibilitychange`) or the form leaves the page;
 * - restored when the form first connects;
 * - two tabs on one draft: each save is numbered (`rev`); a tab never writes over a draft another
 *   tab saved after it read it. It hears of the other tab's save (BroadcastChannel, and on its
 *   own next save), stops writing the shared draft, keeps its own work as an earlier version, and
 *   asks: open the other tab's draft, or keep this one (the other is then kept as a version);
 * - earlier versions (`storage/versions.ts`): before "Bỏ bản nháp" (which asks first and can be
 *   undone), before a restore, when another tab's work is replaced, when sent, every few minutes;
 * - a stored draft the form cannot open (another release, another kind, broken text) is copied
 *   aside, never written over, and offered as a file;
 * - `markSent()`: the draft is kept, marked sent, and the form shows so (also after a reload)
 *   until `startNew()`.
 */
import type { Lang } from "@doingoai/core/lite";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { saveFile } from "../../download/docx";
import {
  Autosaver,
  type Draft,
  type DraftStorage,
  formatSavedAt,
  localStorageAdapter,
  openDraft,
  type SentMark,
  type UnreadableText,
} from "../../storage/drafts";
import {
  type DraftVersion,
  loadVersions,
  pushVersion,
  VERSION_EVERY_MS,
  type VersionReason,
} from "../../storage/versions";
import { type StringKey, t } from "../../strings/strings";

export interface DraftOptions {
  /** The key of the draft (none: no drafts). */
  key(): string | undefined;
  lang(): Lang;
  /** The kind of document the form writes: a draft of another kind is kept aside. */
  kind(): string;
  /** The draft to save now. */
  snapshot(): Draft;
  /** Show a restored draft: its document and the view it was on. */
  restore(doc: Record<string, unknown>, view: string | undefined): void;
  /** Run before the page is hidden (what must be written before the draft is saved). */
  beforeHide(): void;
  /** The document holds nothing beyond what the host gave (no version is kept of it). */
  blank(): boolean;
  /** Say this in the form's live region. */
  announce(text: string): void;
}

/** What the form shows about its draft, besides the status line. */
export type DraftNotice =
  | { kind: "conflict"; at: string }
  | {
      kind: "unreadable";
      reason: "draft.malformed" | "document.version-unknown" | "draft.other-kind";
      aside: string;
    }
  | { kind: "confirm-discard" }
  | { kind: "discarded"; version: string };

/** Thrown by the shared-draft write while another tab's newer draft is there. */
class OtherTabNewer extends Error {}

const CHANNEL = "doingoai-drafts";

const randomId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export class DraftController implements ReactiveController {
  /** The status line: when the draft was saved or restored, or that saving failed. */
  status = "";
  /** A restored draft is shown (it wins over the host's value until discarded). */
  restored = false;
  /** Where drafts are kept: `localStorage` by default. */
  storage: DraftStorage = localStorageAdapter();
  /** The notice shown above the form (another tab, an unreadable draft, discard). */
  notice: DraftNotice | undefined;
  /** The document was sent: when, and its receipt. */
  sent: SentMark | undefined;
  /** Earlier versions of the draft, newest first. */
  versions: DraftVersion[] = [];
  #loaded = false;
  /** The stored draft was read (what `#rev` compares with is known). */
  #ready = false;
  #autosaver: Autosaver;
  /** This page's id, and the number of the shared draft it last read or wrote. */
  readonly #tab = randomId();
  #rev = 0;
  /** Another tab's newer draft, while the person has not chosen. */
  #other: Draft | undefined;
  /** The stored draft could not be kept aside: never write the shared draft in this page. */
  #blocked = false;
  #unreadable: unknown;
  #channel: BroadcastChannel | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: DraftOptions,
  ) {
    host.addController(this);
    this.#autosaver = new Autosaver(
      () => ({
        load: (k) => this.storage.load(k),
        remove: (k) => this.storage.remove(k),
        save: (_k, d) => this.#write(d),
      }),
      () => this.o.key() ?? "",
      (r) => {
        if (r.ok) this.status = this.#text("savedAt", { time: formatSavedAt(r.at, this.o.lang()) });
        else if (r.error instanceof OtherTabNewer)
          this.status = this.#text("keptInThisTab", { time: formatSavedAt(new Date(), this.o.lang()) });
        else this.status = this.#text("saveFailed");
        this.host.requestUpdate();
      },
    );
  }

  #text(key: StringKey, params?: Record<string, string | number>): string {
    return t(this.o.lang(), key, params);
  }

  hostConnected(): void {
    addEventListener("storage", this.#onStorage);
    addEventListener("pagehide", this.#onHide);
    document.addEventListener("visibilitychange", this.#onHide);
    if (typeof BroadcastChannel !== "undefined" && !this.#channel) {
      this.#channel = new BroadcastChannel(CHANNEL);
      this.#channel.onmessage = (e) => void this.#onMessage(e.data);
    }
  }

  hostDisconnected(): void {
    removeEventListener("storage", this.#onStorage);
    removeEventListener("pagehide", this.#onHide);
    document.removeEventListener("visibilitychange", this.#onHide);
    this.#channel?.close();
    this.#channel = undefined;
    void this.#autosaver.flush();
  }

  #onHide = () => {
    // Back to this tab: has another tab saved meanwhile? (Also without BroadcastChannel.)
    if (document.visibilityState === "visible") {
      void this.#check();
      return;
    }
    this.o.beforeHide();
    void this.#autosaver.flush();
  };

  /** Another page changed localStorage under the draft's key. */
  #onStorage = (e: StorageEvent) => {
    if (e.key !== null && e.key === this.o.key()) void this.#check();
  };

  // ---- the shared draft ---------------------------------------------------------------------

  /** Restore the saved draft, once (after the host's properties are in place). */
  start(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    void this.#load().finally(() => {
      this.#ready = true;
    });
  }

  async #load(): Promise<void> {
    const key = this.o.key();
    if (!key) return;
    this.versions = await loadVersions(this.storage, key);
    let stored: unknown;
    try {
      stored = await this.storage.load(key);
    } catch {
      return;
    }
    if (!stored) return;
    const opened = openDraft(stored);
    if (!opened.ok || opened.value.kind !== this.o.kind()) {
      await this.#keepAside(key, stored, opened.ok ? "draft.other-kind" : opened.code);
      return;
    }
    this.#rev = typeof (stored as Draft).rev === "number" ? (stored as Draft).rev! : 0;
    if (this.#autosaver.dirty) return; // typed before the draft arrived: this page's work wins
    this.o.restore(opened.value, opened.view);
    this.restored = true;
    this.sent = (stored as Draft).sent;
    this.status = this.sent
      ? ""
      : this.#text("restoredAt", { time: formatSavedAt(opened.savedAt, this.o.lang()) });
    this.host.requestUpdate();
  }

  /** A draft this form cannot open: copied to a key of its own, then the shared key is freed. */
  async #keepAside(
    key: string,
    stored: unknown,
    reason: NonNullable<DraftNotice & { kind: "unreadable" }>["reason"],
  ) {
    const aside = `${key}:unreadable:${new Date().toISOString()}`;
    this.#unreadable = stored;
    try {
      await this.storage.save(aside, stored as Draft);
      await this.storage.remove(key);
    } catch {
      this.#blocked = true; // it stays where it is, and this page never writes there
    }
    this.notice = { kind: "unreadable", reason, aside: this.#blocked ? key : aside };
    this.o.announce(this.#text("unreadableDraft"));
    this.host.requestUpdate();
  }

  /** Write the shared draft, unless another tab wrote it since this page read or wrote it. */
  async #write(draft: Draft): Promise<void> {
    const key = this.o.key();
    if (!key) return;
    if (this.#blocked) throw new Error("the stored draft could not be kept aside");
    let cur: Draft | null = null;
    try {
      cur = await this.storage.load(key);
    } catch {
      /* unreadable storage: write */
    }
    const readable = cur && openDraft(cur).ok ? cur : null;
    if (this.#other || (readable && (readable.rev ?? 0) !== this.#rev)) {
      if (!this.#other && readable) this.#conflict(readable);
      await this.#keep("unsaved-tab", draft);
      throw new OtherTabNewer();
    }
    if (readable && !readable.sent && Date.now() - this.#lastVersionAt() > VERSION_EVERY_MS)
      await this.#keep("auto", readable).catch(() => {});
    const rev = Math.max(readable?.rev ?? 0, this.#rev) + 1;
    await this.storage.save(key, {
      ...draft,
      rev,
      tab: this.#tab,
      ...(this.sent ? { sent: this.sent } : {}),
    });
    this.#rev = rev;
    this.#channel?.postMessage({ key, tab: this.#tab, rev });
  }

  #lastVersionAt(): number {
    const v = this.versions.find((x) => x.reason === "auto") ?? this.versions[0];
    return v ? new Date(v.savedAt).getTime() : 0;
  }

  async #onMessage(data: unknown): Promise<void> {
    const m = data as { key?: string; tab?: string; rev?: number } | null;
    const key = this.o.key();
    if (!m || !key || m.key !== key || m.tab === this.#tab || m.rev === this.#rev) return;
    await this.#check();
  }

  /** Ask the person when the shared draft was written by another page since this one read it. */
  async #check(): Promise<void> {
    const key = this.o.key();
    if (!key || !this.#ready || this.#other) return;
    let cur: Draft | null = null;
    try {
      cur = await this.storage.load(key);
    } catch {
      return;
    }
    if (cur && cur.tab !== this.#tab && openDraft(cur).ok && (cur.rev ?? 0) !== this.#rev)
      this.#conflict(cur);
  }

  #conflict(other: Draft): void {
    this.#other = other;
    this.notice = { kind: "conflict", at: other.savedAt };
    this.o.announce(
      this.#text("otherTabSaved", { time: formatSavedAt(new Date(other.savedAt), this.o.lang()) }),
    );
    this.host.requestUpdate();
  }

  /** "Mở bản ở thẻ kia" (`theirs`) or "Giữ bản ở thẻ này" (`mine`); the other is kept as a version. */
  async resolve(choice: "theirs" | "mine"): Promise<void> {
    const other = this.#other;
    const key = this.o.key();
    if (!other || !key) return;
    this.#other = undefined;
    this.notice = undefined;
    if (choice === "theirs") {
      this.#autosaver.cancel();
      if (!this.o.blank()) await this.#keep("unsaved-tab", this.o.snapshot()).catch(() => {});
      const opened = openDraft(other);
      this.#rev = other.rev ?? 0;
      if (opened.ok) {
        this.o.restore(opened.value, opened.view);
        this.restored = true;
      }
      this.sent = other.sent;
      this.status = this.#text("openedOtherTab");
    } else {
      await this.#keep("replaced", other).catch(() => {});
      this.#rev = other.rev ?? 0;
      await this.saveNow();
    }
    this.o.announce(this.status);
    this.host.requestUpdate();
  }

  // ---- versions -----------------------------------------------------------------------------

  /** Keep `draft` (this page's document by default) as an earlier version. */
  async #keep(reason: VersionReason, draft: Draft = this.o.snapshot()): Promise<DraftVersion | undefined> {
    const key = this.o.key();
    if (!key) return undefined;
    this.versions = await pushVersion(this.storage, key, {
      savedAt: draft.savedAt,
      reason,
      schemaVersion: draft.schemaVersion,
      value: draft.value,
      ...(draft.view ? { view: draft.view } : {}),
      ...(reason === "unsaved-tab" ? { tab: this.#tab } : {}),
    });
    this.host.requestUpdate();
    return this.versions[0];
  }

  /** Go back to an earlier version; the document shown now becomes a version (so it can be undone). */
  async restoreVersion(id: string): Promise<boolean> {
    const v = this.versions.find((x) => x.id === id);
    if (!v) return false;
    const opened = openDraft({
      schemaVersion: v.schemaVersion,
      savedAt: v.savedAt,
      value: v.value,
      view: v.view,
    });
    if (!opened.ok) return false;
    this.#autosaver.cancel();
    if (!this.o.blank()) await this.#keep("before-restore").catch(() => {});
    this.o.restore(opened.value, opened.view);
    this.restored = true;
    this.notice = undefined;
    this.sent = undefined;
    await this.saveNow();
    this.status = this.#text("versionRestored", { time: formatSavedAt(new Date(v.savedAt), this.o.lang()) });
    this.o.announce(this.status);
    this.host.requestUpdate();
    return true;
  }

  // ---- discard ------------------------------------------------------------------------------

  /** "Bỏ bản nháp": ask first. */
  askDiscard(): void {
    this.notice = { kind: "confirm-discard" };
    this.host.requestUpdate();
  }

  cancelDiscard(): void {
    if (this.notice?.kind === "confirm-discard") this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Keep the document as a version (before the host empties it); the notice offers to undo. */
  async discarding(): Promise<void> {
    const snap = this.o.snapshot();
    const v = await this.#keep("discarded", snap).catch(() => undefined);
    await this.clear();
    this.notice = v ? { kind: "discarded", version: v.id } : undefined;
    this.status = this.#text("draftDiscarded");
    this.o.announce(this.status);
    this.host.requestUpdate();
  }

  /** Before the host's `reset()`: what was typed becomes a version. */
  keepBeforeReset(): void {
    if (!this.o.key() || this.o.blank()) return;
    void this.#keep("reset").catch(() => {});
  }

  // ---- sent ---------------------------------------------------------------------------------

  /** The portal stored the document: the draft is kept, marked sent. */
  async markSent(receipt?: string): Promise<void> {
    this.sent = { at: new Date().toISOString(), ...(receipt ? { receipt } : {}) };
    this.notice = undefined;
    await this.saveNow();
    this.status = ""; // the sent state says it; "Đã lưu nháp" would not
    this.o.announce(this.sentText());
    this.host.requestUpdate();
  }

  sentText(): string {
    if (!this.sent) return "";
    const time = formatSavedAt(new Date(this.sent.at), this.o.lang());
    return this.sent.receipt
      ? this.#text("sentWithReceipt", { time, receipt: this.sent.receipt })
      : this.#text("sentAt", { time });
  }

  /** After a sent document: it becomes a version, the shared draft is removed (the host starts clean). */
  async startNew(): Promise<void> {
    if (this.sent) await this.#keep("sent").catch(() => {});
    this.sent = undefined;
    await this.clear();
  }

  // ---- the rest -----------------------------------------------------------------------------

  /** The document changed: save it a moment later. */
  changed(): void {
    if (this.o.key()) this.#autosaver.schedule(() => this.o.snapshot());
  }

  /** Save now what is waiting to be saved. */
  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Save the document shown now, at once. */
  saveNow(): Promise<void> {
    if (!this.o.key()) return Promise.resolve();
    this.#autosaver.schedule(() => this.o.snapshot());
    return this.#autosaver.flush();
  }

  /** Forget the draft (not waiting for the storage). */
  drop(): void {
    void this.clear().catch(() => {});
  }

  /** Remove the saved draft (its versions stay). */
  async clear(): Promise<void> {
    this.#autosaver.cancel();
    this.restored = false;
    this.status = "";
    this.host.requestUpdate();
    const key = this.o.key();
    if (!key || this.#blocked) return;
    await this.storage.remove(key);
    this.#rev = 0;
    this.#channel?.postMessage({ key, tab: this.#tab, rev: 0 });
  }

  dismiss(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** The unreadable draft, as the file it was (JSON). */
  downloadUnreadable(): void {
    const s = this.#unreadable;
    if (s === undefined) return;
    const text =
      s && typeof s === "object" && "unreadableText" in s
        ? (s as UnreadableText).unreadableText
        : JSON.stringify(s, null, 2);
    saveFile(new TextEncoder().encode(text), "ban-nhap-chua-mo-duoc.json", "application/json");
  }
}
