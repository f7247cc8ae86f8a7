import { MIGRATIONS, migrate, SCHEMA_VERSION, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

/** The same document as a 0.x preview wrote it: no version, `state` answers, archive in the list. */
function asVersion0(): Record<string, unknown> {
  const d = JSON.parse(
    JSON.stringify(example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"))
      .replaceAll('"answer":"unanswered"', '"state":"blank"')
      .replaceAll('"answer":"none"', '"state":"nothing"')
      .replaceAll('"answer":"content"', '"state":"content"'),
  );
  delete d.schemaVersion;
  d.frame.recipients = [...d.frame.recipients.list, `Lưu: ${d.frame.recipients.archive.join(", ")}.`];
  return d;
}

describe("migrations", () => {
  it("form a chain up to the current version", () => {
    expect(MIGRATIONS.at(-1)!.to).toBe(SCHEMA_VERSION);
    for (const [i, m] of MIGRATIONS.entries()) expect(m.from).toBe(i);
  });

  it("bring a version-0 document to the current version, equal to the same document written today", () => {
    const r = validate(asVersion0());
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.ok && r.value).toEqual(example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"));
  });

  it("leave a current document alone", () => {
    const d = example("ke-hoach-2024-xa-binh-thanh") as unknown as Record<string, unknown>;
    const m = migrate(d);
    expect(m.ok && m.from).toBe(SCHEMA_VERSION);
    expect(m.ok && m.value).toBe(d);
  });

  it("refuse a version from the future with a clear issue", () => {
    const r = validate({ ...example("ke-hoach-2024-xa-binh-thanh"), schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "document.version-unknown", path: ["schemaVersion"] });
    expect(r.issues[0]!.message).toContain("không được hỗ trợ");
  });
});
