/**
 * The CLI on what its arguments may name: `-` (stdin), `--version`, `--lang=en`; no output may
 * overwrite an input; a FIFO in a folder is skipped, never opened; oversized files are not read.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../packages/cli/src/files";
import { run } from "../../packages/cli/src/index";

const root = join(__dirname, "../..");
const docs = join(root, "examples/documents");
const plan = join(docs, "ke-hoach-2024-xa-binh-thanh.json");
const fresh = () => mkdtempSync(join(tmpdir(), "doingoai-cli-safety-"));

async function cli(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: () => Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("--version and --lang=en", () => {
  it("--version and -v print the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8"));
    expect(await cli(["--version"])).toMatchObject({ code: 0, out: version });
    expect((await cli(["-v"])).out).toBe(version);
  });

  it("--lang=en speaks English like --lang en", async () => {
    const bad = join(docs, "invalid/null.json");
    const a = await cli(["validate", bad, "--lang=en"]);
    const b = await cli(["validate", bad, "--lang", "en"]);
    expect(a.code).toBe(1);
    expect(a.err).toContain("A document must be a JSON object");
    expect(a.err).toBe(b.err);
    expect((await cli(["validate", bad, "--lang=fr"])).code).toBe(2);
  });
});

describe("- reads standard input", () => {
  it("validate - checks what comes on stdin", async () => {
    const ok = await cli(["validate", "-"], readFileSync(plan, "utf8"));
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("(đầu vào chuẩn)");
    const bad = await cli(["validate", "-", "--json"], "{");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).issues[0].code).toBe("document.not-json");
  });

  it("render - writes stdin's document to the output", async () => {
    const dir = fresh();
    const r = await cli(
      ["render", "-", "--format", "html", "--out", join(dir, "kh.html")],
      readFileSync(plan, "utf8"),
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "kh.html"), "utf8")).toContain("KẾ HOẠCH");
    const both = await cli(["render", "-", "--format", "both", "--out", dir], readFileSync(plan, "utf8"));
    expect(both.code).toBe(0);
    expect(existsSync(join(dir, "stdin.docx"))).toBe(true);
  });

  it("stdin larger than any document is refused without reading it all", async () => {
    const r = await cli(["validate", "-", "--json"], " ".repeat(MAX_INPUT_BYTES + 1));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues[0].code).toBe("file.too-large");
  });

  it("the built binary reads stdin too", () => {
    const bin = join(root, "packages/cli/dist/bin.js");
    const r = spawnSync(process.execPath, [bin, "validate", "-", "--lang=en"], {
      input: readFileSync(plan),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("(standard input): valid");
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toMatch(
      /^\d+\.\d+\.\d+/,
    );
  });
});

describe("no output overwrites an input", () => {
  const copy = () => {
    const dir = fresh();
    const src = join(dir, "kh.json");
    copyFileSync(plan, src);
    return { dir, src, before: readFileSync(src, "utf8") };
  };

  it("--out equal to the input is refused, nothing written", async () => {
    const { src, before } = copy();
    const r = await cli(["render", src, "--format", "html", "--out", src]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ghi đè");
    expect(readFileSync(src, "utf8")).toBe(before);
  });

  it("through another spelling, a symlink or a hard link too", async () => {
    const { dir, src, before } = copy();
    symlinkSync(src, join(dir, "link.html"));
    linkSync(src, join(dir, "hard.html"));
    for (const out of [join(dir, ".", "kh.json"), join(dir, "link.html"), join(dir, "hard.html")]) {
      const r = await cli(["render", src, "--format", "html", "--out", out, "--lang=en"]);
      expect(r.code, out).toBe(2);
      expect(r.err).toContain("would overwrite the input file");
    }
    expect(readFileSync(src, "utf8")).toBe(before);
  });

  it("a folder rendered into itself keeps every input intact", async () => {
    const { dir, src, before } = copy();
    const r = await cli(["render", dir, "--format", "both", "--out", dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(src, "utf8")).toBe(before);
    expect(existsSync(join(dir, "kh.docx"))).toBe(true);
  });
});

describe("non-regular files", () => {
  const fifo = (dir: string, name: string) => {
    execFileSync("mkfifo", [join(dir, name)]);
    return join(dir, name);
  };

  it("a FIFO named *.json in a folder is skipped, not opened (render does not hang)", async () => {
    const dir = fresh();
    copyFileSync(plan, join(dir, "a.json"));
    fifo(dir, "b.json");
    const out = fresh();
    const r = await cli(["render", dir, "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("b.json");
    expect(existsSync(join(out, "a.html"))).toBe(true);
    expect(existsSync(join(out, "b.html"))).toBe(false);
  });

  it("an output that is an existing FIFO is refused rather than blocking", async () => {
    const dir = fresh();
    const r = await cli(["render", plan, "--format", "html", "--out", fifo(dir, "out.html")]);
    expect(r.code).toBe(2);
    expect(statSync(join(dir, "out.html")).isFIFO()).toBe(true);
  });

  it("a regular file larger than any document is not read", async () => {
    const dir = fresh();
    const big = join(dir, "big.json");
    writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    const r = await cli(["validate", big, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues[0].code).toBe("file.too-large");
  });
});
