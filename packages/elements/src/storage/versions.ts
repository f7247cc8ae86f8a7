/**
 * Earlier versions of a draft, kept beside it (under `<key>:versions`) so that a person can go
 * back: the draft as it was before "Bỏ bản nháp", before a restore, before another tab's work
 * replaced it (or this tab's replaced another's), when it was sent, and every few minutes while
 * typing. The newest `MAX_VERSIONS` are kept. Stored through the same `DraftStorage` as the draft.
 */
import { SCHEMA_VERSION } from "../model/constants";
import type { Draft, DraftStorage } from "./drafts";

/** How many earlier versions are kept. */
export const MAX_VERSIONS = 10;
/** While typing, the stored draft becomes a version when the last one is older than this. */
export const VERSION_EVERY_MS = 5 * 60_000;

export type VersionReason =
  | "auto"
  | "discarded"
  | "before-restore"
  | "reset"
  | "other-tab"
  | "replaced"
  | "sent"
  | "unsaved-tab";

export interface DraftVersion {
  /** Stable id (for "Khôi phục"). */
  id: string;
  /** ISO date-time the version's content was saved. */
  savedAt: string;
  /** Why it was kept. */
  reason: VersionReason;
  schemaVersion: number;
  value: unknown;
  view?: string;
  /** The tab whose unsaved work this is (`unsaved-tab`: replaced in place while that tab types). */
  tab?: string;
}

export const versionsKey = (key: string): string => `${key}:versions`;

let counter = 0;
export function versionId(): string {
  counter++;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The versions of the draft at `key`, newest first (none when unreadable). */
export async function loadVersions(storage: DraftStorage, key: string): Promise<DraftVersion[]> {
  let stored: Draft | null;
  try {
    stored = await storage.load(versionsKey(key));
  } catch {
    return [];
  }
  const list = stored?.value;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (v): v is DraftVersion =>
      !!v && typeof v === "object" && typeof v.id === "string" && typeof v.savedAt === "string",
  );
}

/**
 * Add a version (newest first; one `unsaved-tab` version per tab, replaced in place) and keep
 * the newest `MAX_VERSIONS`. When storage is full, fewer are kept rather than none.
 */
export async function pushVersion(
  storage: DraftStorage,
  key: string,
  version: Omit<DraftVersion, "id" | "schemaVersion"> & { schemaVersion?: number },
): Promise<DraftVersion[]> {
  const old = await loadVersions(storage, key);
  const v: DraftVersion = { id: versionId(), schemaVersion: SCHEMA_VERSION, ...version };
  const rest = old.filter(
    (o) => !(v.reason === "unsaved-tab" && o.reason === "unsaved-tab" && o.tab === v.tab),
  );
  let list = [v, ...rest].slice(0, MAX_VERSIONS);
  for (;;) {
    try {
      await storage.save(versionsKey(key), {
        schemaVersion: SCHEMA_VERSION,
        savedAt: new Date().toISOString(),
        value: list,
      });
      return list;
    } catch (e) {
      if (list.length <= 1) throw e;
      list = list.slice(0, Math.ceil(list.length / 2));
    }
  }
}
