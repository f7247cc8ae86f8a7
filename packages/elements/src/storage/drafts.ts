/**
 * Drafts: what the form saves while a person types, so that nothing is lost on reload. A draft
 * carries the schema version it was written with and when it was saved; opening it runs core
 * `migrate()`, so a draft saved by an older release opens in a newer one.
 */
import { type Lang, migrate } from "@doingoai/core/ui";
import { SCHEMA_VERSION } from "../model/constants";

export interface Draft {
  /** The schema version of `value` when it was saved. */
  schemaVersion: number;
  /** ISO date-time of the save. */
  savedAt: string;
  /** The document (or section) being written; may be incomplete. */
  value: unknown;
  /** The section the person was on, to come back to it. */
  view?: string;
  /** How many times the draft was written (two tabs on one draft compare it). */
  rev?: number;
  /** The tab (page) that wrote it. */
  tab?: string;
  /** The document was sent (the portal said so with `markSent()`): when, and its receipt. */
  sent?: SentMark;
}

/** What `markSent()` records: when the document was sent and the portal's receipt. */
export interface SentMark {
  /** ISO date-time. */
  at: string;
  /** The receipt the portal gave (a number, a code). */
  receipt?: string;
}

/** What `localStorageAdapter().load` gives for text that is not JSON: the text, kept as it is. */
export interface UnreadableText {
  unreadableText: string;
}

/** Where drafts are kept. Replace it (IndexedDB, the portal's server) by setting `.storage`. */
export interface DraftStorage {
  load(key: string): Promise<Draft | null>;
  save(key: string, draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Drafts in `localStorage` (the default), as JSON under the key. */
export function localStorageAdapter(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): DraftStorage {
  return {
    async load(key) {
      const text = storage()?.getItem(key);
      if (!text) return null;
      try {
        return JSON.parse(text) as Draft;
      } catch {
        // Never dropped: the form keeps it aside and offers it as a file.
        return { unreadableText: text } satisfies UnreadableText as unknown as Draft;
      }
    },
    async save(key, draft) {
      const s = storage();
      if (!s) throw new Error("localStorage is not available");
      s.setItem(key, JSON.stringify(draft));
    },
    async remove(key) {
      storage()?.removeItem(key);
    },
  };
}

/** Drafts in memory (tests, or a portal that must not write to the browser). */
export function memoryStorage(): DraftStorage & { readonly entries: Map<string, Draft> } {
  const entries = new Map<string, Draft>();
  return {
    entries,
    async load(key) {
      const d = entries.get(key);
      return d ? structuredClone(d) : null;
    },
    async save(key, draft) {
      entries.set(key, structuredClone(draft));
    },
    async remove(key) {
      entries.delete(key);
    },
  };
}

export function makeDraft(value: unknown, view?: string, now: Date = new Date()): Draft {
  return { schemaVersion: SCHEMA_VERSION, savedAt: now.toISOString(), value, ...(view ? { view } : {}) };
}

export type OpenedDraft =
  | { ok: true; value: Record<string, unknown>; savedAt: Date; view?: string; migratedFrom: number }
  | { ok: false; code: "draft.malformed" | "document.version-unknown" };

/**
 * Read a stored draft and bring its document to the current schema version. A draft without
 * `schemaVersion` (or a bare document) is read as version 0, as core `migrate` does.
 */
export function openDraft(stored: unknown): OpenedDraft {
  if (!stored || typeof stored !== "object") return { ok: false, code: "draft.malformed" };
  const d = stored as Partial<Draft>;
  const value = d.value;
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, code: "draft.malformed" };
  const doc = { ...(value as Record<string, unknown>) };
  if (doc.schemaVersion === undefined && typeof d.schemaVersion === "number")
    doc.schemaVersion = d.schemaVersion;
  const m = migrate(doc);
  if (!m.ok) return { ok: false, code: m.code };
  const savedAt = new Date(typeof d.savedAt === "string" ? d.savedAt : 0);
  return {
    ok: true,
    value: m.value,
    savedAt: Number.isNaN(savedAt.getTime()) ? new Date(0) : savedAt,
    migratedFrom: m.from,
    ...(typeof d.view === "string" ? { view: d.view } : {}),
  };
}

/** "10:42" today; "10:42 21/11/2026" another day. */
export function formatSavedAt(at: Date, lang: Lang, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.toDateString() === now.toDateString();
  if (sameDay) return time;
  const date = `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}`;
  return lang === "vi" ? `${time} ngày ${date}` : `${time} on ${date}`;
}

/**
 * Saves the latest draft `delay` ms after the last change (debounced), or at once on `flush()`
 * (page hidden, submit). Reports each save or failure.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => Draft) | undefined;

  constructor(
    private storage: () => DraftStorage,
    private key: () => string,
    private report: (r: { ok: true; at: Date } | { ok: false; error: unknown }) => void,
    private delay = 800,
  ) {}

  schedule(make: () => Draft): void {
    this.pending = make;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  get dirty(): boolean {
    return this.pending !== undefined;
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const make = this.pending;
    this.pending = undefined;
    if (!make) return;
    const draft = make();
    try {
      await this.storage().save(this.key(), draft);
      this.report({ ok: true, at: new Date(draft.savedAt) });
    } catch (error) {
      this.report({ ok: false, error });
    }
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }
}

/**
 * The document and view of a form state the browser restores (`formStateRestoreCallback`), when
 * it is one this version wrote for a form of `kind`; undefined otherwise (never throws).
 */
export function openFormState(
  state: unknown,
  kind: string,
): { doc: Record<string, unknown>; view?: string } | undefined {
  if (typeof state !== "string") return undefined;
  try {
    const s = JSON.parse(state) as { doc?: unknown; view?: string };
    const opened = openDraft({ value: s.doc });
    if (!opened.ok || opened.value.kind !== kind) return undefined;
    return typeof s.view === "string" ? { doc: opened.value, view: s.view } : { doc: opened.value };
  } catch {
    return undefined; // a state this version did not write
  }
}
