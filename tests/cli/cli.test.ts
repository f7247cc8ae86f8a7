import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_NAMES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { run } from "../../packages/cli/src/index";

const root = join(__dirname, "../..");
const docs = join(root, "examples/documents");
const invalid = join(docs, "invalid");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("doingoai validate", () => {
  it("exits 0 for every example document", async () => {
    const files = readdirSync(docs).filter((f) => f.endsWith(".json"));
    // The five seeds and the openings of other provinces' documents: every example of the fixtures.
    expect(files).toHaveLength(EXAMPLE_NAMES.length);
    const r = await cli("validate", ...files.map((f) => join(docs, f)));
    expect(r.code).toBe(0);
    expect(r.out.match(/✓/g)).toHaveLength(EXAMPLE_NAMES.length);
  });

  it.each(readdirSync(invalid))("exits 1 for invalid/%s with issues, no stack trace", async (f) => {
    const r = await cli("validate", join(invalid, f));
    expect(r.code).toBe(1);
    expect(r.err).toContain("không hợp lệ");
    expect(r.err).toMatch(/lỗi {2}/);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+\)?$/m); // no stack frames
  });

  it("--json gives machine-readable issues with path, code, severity and message", async () => {
    const r = await cli("validate", join(invalid, "so-am.json"), "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.issues[0]).toMatchObject({
      code: "schema.too-small",
      path: ["body", "areas", "delegations", "facts", "delegations", 0, "members"],
      severity: "error",
    });
    expect(j.issues[0].message).toContain("Số thành viên đoàn");
  });

  it("--lang en speaks English", async () => {
    const r = await cli("validate", join(invalid, "null.json"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("invalid");
    expect(r.err).toContain("A document must be a JSON object");
  });

  it("a missing file is reported, exit 1", async () => {
    const r = await cli("validate", join(docs, "khong-co.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("ENOENT");
  });

  it("usage errors exit 2", async () => {
    expect((await cli("validate")).code).toBe(2);
    expect((await cli("lam-gi-do")).code).toBe(2);
    expect(
      (await cli("render", join(docs, "ke-hoach-2024-xa-binh-thanh.json"), "--format", "pdf", "--out", "x"))
        .code,
    ).toBe(2);
    expect((await cli("validate", "--khong-co-tuy-chon")).code).toBe(2);
  });
});

describe("doingoai render", () => {
  it("renders one document to DOCX and HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doingoai-cli-"));
    const src = join(docs, "ke-hoach-2024-xa-binh-thanh.json");
    expect((await cli("render", src, "--format", "docx", "--out", join(dir, "kh.docx"))).code).toBe(0);
    expect(readFileSync(join(dir, "kh.docx")).subarray(0, 2).toString()).toBe("PK");
    expect((await cli("render", src, "--format", "html", "--out", join(dir, "kh.html"))).code).toBe(0);
    const html = readFileSync(join(dir, "kh.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("KẾ HOẠCH");
  });

  it("renders a whole folder at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doingoai-cli-"));
    const r = await cli("render", docs, "--format", "both", "--out", dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toHaveLength(2 * EXAMPLE_NAMES.length);
  });

  it("refuses an invalid document with its issues, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doingoai-cli-"));
    const r = await cli(
      "render",
      join(invalid, "sai-kieu.json"),
      "--format",
      "docx",
      "--out",
      join(dir, "x.docx"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("không xuất được");
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });
});

describe("doingoai schema", () => {
  it("prints the JSON Schema of a kind", async () => {
    const r = await cli("schema", "--kind", "plan");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((await cli("schema", "--kind", "memo")).code).toBe(2);
  });
});

describe("the built binary, as `pnpm doingoai` runs it", () => {
  const bin = join(root, "packages/cli/dist/bin.js");
  it("is built (run `pnpm build` first)", () => {
    expect(existsSync(bin), "packages/cli/dist/bin.js is missing: run `pnpm build`").toBe(true);
  });

  it("validates and exits with the right code", () => {
    const ok = spawnSync("node", [bin, "validate", join(docs, "bao-cao-nam-2019-so-tttt-lang-son.json")], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    const bad = spawnSync("node", [bin, "validate", join(invalid, "khong-phai-json.json")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("không phải JSON hợp lệ");
    expect(bad.stderr).not.toContain("    at ");
    expect(execFileSync("node", [bin, "help"], { encoding: "utf8" })).toContain("Cách dùng");
  });
});

describe("bad options", () => {
  it("an unknown language or extra arguments are usage errors", async () => {
    expect((await cli("validate", join(docs, "ke-hoach-2024-xa-binh-thanh.json"), "--lang", "fr")).code).toBe(
      2,
    );
    expect((await cli("render", docs, "khac", "--format", "html", "--out", "/tmp/x")).code).toBe(2);
  });

  it("an unreadable file in --json mode is an issue with a field and a message", async () => {
    const r = await cli("validate", join(docs, "khong-co.json"), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues[0]).toMatchObject({ code: "file.unreadable", severity: "error" });
  });
});
