import { SCHEMA_VERSION } from "@doingoai/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  Autosaver,
  type Draft,
  formatSavedAt,
  localStorageAdapter,
  makeDraft,
  memoryStorage,
  openDraft,
} from "./drafts";

function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe("draft storage", () => {
  it("localStorage adapter: save, load, remove", async () => {
    const ls = fakeStorage();
    const s = localStorageAdapter(() => ls);
    const d = makeDraft(
      { kind: "report", schemaVersion: SCHEMA_VERSION },
      "frame",
      new Date("2026-11-22T03:42:00Z"),
    );
    await s.save("k", d);
    expect(JSON.parse(ls.getItem("k")!)).toEqual(d);
    expect(await s.load("k")).toEqual(d);
    await s.remove("k");
    expect(await s.load("k")).toBeNull();
  });

  it("localStorage adapter: a corrupt entry is read as its text (kept, never dropped); no storage fails the save", async () => {
    const ls = fakeStorage();
    ls.setItem("k", "{not json");
    const read = await localStorageAdapter(() => ls).load("k");
    expect(read).toEqual({ unreadableText: "{not json" });
    expect(openDraft(read).ok).toBe(false);
    await expect(localStorageAdapter(() => undefined).save("k", makeDraft({}))).rejects.toThrow();
  });

  it("memory storage keeps copies", async () => {
    const s = memoryStorage();
    const value = { a: 1 };
    await s.save("k", makeDraft(value));
    value.a = 2;
    expect(((await s.load("k")) as Draft).value).toEqual({ a: 1 });
  });
});

describe("opening a draft", () => {
  it("carries the schema version and the time it was saved", () => {
    const d = makeDraft({ schemaVersion: SCHEMA_VERSION, kind: "report" }, "areas.consular");
    expect(d.schemaVersion).toBe(SCHEMA_VERSION);
    const o = openDraft(JSON.parse(JSON.stringify(d)));
    expect(o.ok && o.view).toBe("areas.consular");
    expect(o.ok && o.savedAt.toISOString()).toBe(d.savedAt);
  });

  it("migrates a draft saved by a 0.x preview (state → answer, archive line)", () => {
    const old = {
      savedAt: "2024-05-08T03:00:00.000Z",
      value: {
        kind: "report",
        frame: { recipients: ["Sở Ngoại vụ", "Lưu: VT, VP."] },
        body: { areas: { consular: { state: "nothing" }, awards: { state: "blank" } } },
      },
    };
    const o = openDraft(old);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.migratedFrom).toBe(0);
    expect(o.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(o.value).toMatchObject({
      frame: { recipients: { list: ["Sở Ngoại vụ"], archive: ["VT", "VP"] } },
      body: { areas: { consular: { answer: "none" }, awards: { answer: "unanswered" } } },
    });
  });

  it("uses the draft's version when the value has none", () => {
    const o = openDraft({ schemaVersion: SCHEMA_VERSION, value: { kind: "plan" } });
    expect(o.ok && o.migratedFrom).toBe(SCHEMA_VERSION);
  });

  it("refuses what it cannot read", () => {
    expect(openDraft(null)).toEqual({ ok: false, code: "draft.malformed" });
    expect(openDraft({ value: [1] })).toEqual({ ok: false, code: "draft.malformed" });
    expect(openDraft({ value: { schemaVersion: 99 } })).toEqual({
      ok: false,
      code: "document.version-unknown",
    });
  });

  it("says when it was saved: the time today, the date another day", () => {
    const now = new Date(2026, 10, 22, 15, 0);
    expect(formatSavedAt(new Date(2026, 10, 22, 10, 42), "vi", now)).toBe("10:42");
    expect(formatSavedAt(new Date(2026, 10, 21, 9, 5), "vi", now)).toBe("09:05 ngày 21/11/2026");
    expect(formatSavedAt(new Date(2026, 10, 21, 9, 5), "en", now)).toBe("09:05 on 21/11/2026");
  });
});

describe("autosave", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves once, after the person stops typing", async () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const saves = vi.spyOn(storage, "save");
    const reports: unknown[] = [];
    const a = new Autosaver(
      () => storage,
      () => "k",
      (r) => reports.push(r),
      800,
    );
    for (let i = 0; i < 5; i++) {
      a.schedule(() => makeDraft({ n: i }));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(saves).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);
    expect(saves).toHaveBeenCalledTimes(1);
    expect((await storage.load("k"))?.value).toEqual({ n: 4 });
    expect(reports).toEqual([expect.objectContaining({ ok: true })]);
  });

  it("flushes at once (page hidden) and reports failures", async () => {
    const failing = { ...memoryStorage(), save: () => Promise.reject(new Error("QuotaExceededError")) };
    const reports: { ok: boolean }[] = [];
    const a = new Autosaver(
      () => failing,
      () => "k",
      (r) => reports.push(r),
    );
    a.schedule(() => makeDraft({}));
    expect(a.dirty).toBe(true);
    await a.flush();
    expect(a.dirty).toBe(false);
    expect(reports).toEqual([expect.objectContaining({ ok: false })]);
    await a.flush(); // nothing pending: nothing saved
    expect(reports).toHaveLength(1);
  });
});
