import { describe, expect, it } from "vitest";
import { type Draft, memoryStorage } from "./drafts";
import { loadVersions, MAX_VERSIONS, pushVersion, versionsKey } from "./versions";

const v = (n: number, extra: object = {}) => ({
  savedAt: new Date(2026, 0, 1, 8, n).toISOString(),
  reason: "auto" as const,
  value: { n },
  ...extra,
});

describe("earlier versions of a draft", () => {
  it("keeps the newest MAX_VERSIONS, newest first", async () => {
    const s = memoryStorage();
    for (let n = 0; n < MAX_VERSIONS + 3; n++) await pushVersion(s, "k", v(n));
    const list = await loadVersions(s, "k");
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list.map((x) => (x.value as { n: number }).n)).toEqual(
      Array.from({ length: MAX_VERSIONS }, (_, i) => MAX_VERSIONS + 2 - i),
    );
    expect(new Set(list.map((x) => x.id)).size).toBe(MAX_VERSIONS);
  });

  it("one unsaved-tab version per tab, replaced as that tab goes on typing", async () => {
    const s = memoryStorage();
    await pushVersion(s, "k", v(1, { reason: "unsaved-tab", tab: "A" }));
    await pushVersion(s, "k", v(2, { reason: "unsaved-tab", tab: "B" }));
    await pushVersion(s, "k", v(3, { reason: "unsaved-tab", tab: "A" }));
    const list = await loadVersions(s, "k");
    expect(list.map((x) => [x.tab, (x.value as { n: number }).n])).toEqual([
      ["A", 3],
      ["B", 2],
    ]);
  });

  it("when storage is full, fewer versions are kept rather than none", async () => {
    const s = memoryStorage();
    for (let n = 0; n < 8; n++) await pushVersion(s, "k", v(n));
    const full = {
      ...s,
      async save(key: string, d: Draft) {
        if (Array.isArray(d.value) && d.value.length > 3) throw new Error("QuotaExceededError");
        return s.save(key, d);
      },
    };
    const list = await pushVersion(full, "k", v(9));
    expect(list.length).toBeLessThanOrEqual(3);
    expect((list[0]!.value as { n: number }).n).toBe(9);
    expect((await s.load(versionsKey("k")))?.value).toEqual(list);
  });

  it("unreadable version lists read as none", async () => {
    const s = memoryStorage();
    await s.save(versionsKey("k"), { schemaVersion: 1, savedAt: "", value: "x" });
    expect(await loadVersions(s, "k")).toEqual([]);
  });
});
