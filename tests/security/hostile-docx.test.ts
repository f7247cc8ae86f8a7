/**
 * The hostile-DOCX corpus (make-hostile-docx.mjs: zip bombs of each kind, zip64 phantom counts
 * up to 1e9, parts of 50 MB, lying sizes, hostile payloads), each read by readDocx in its own
 * child process: answered with the expected issue, within 1 s and 200 MB of peak memory.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { child, renderDist } from "./child";

interface Answer {
  ok: boolean;
  codes: string[];
  messages: string[];
  ms: number;
  maxRssMB: number;
}

const dir = mkdtempSync(join(tmpdir(), "doingoai-hostile-"));
execFileSync(process.execPath, [join(__dirname, "make-hostile-docx.mjs"), dir]);
const corpus = JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8")) as {
  name: string;
  code: string;
  what: string;
  bytes: number;
}[];

describe("readDocx on the hostile-DOCX corpus (one child process per file)", () => {
  it("covers every class of the issue", () => {
    const names = corpus.map((c) => c.name).join(" ");
    for (const cls of ["overlapping", "part-50mb", "lying", "zip64-phantom-1e9", "many-entries", "payload-"])
      expect(names).toContain(cls);
  });

  it.each(corpus)("$name ($what) → $code in ≤ 1 s, ≤ 200 MB", ({ name, code }) => {
    const a = child<Answer>("read-child.mjs", [renderDist, join(dir, name)]);
    expect(a.ok).toBe(false);
    expect(a.codes).toContain(code);
    expect(a.messages.join(" ")).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace in a message
    expect(a.ms).toBeLessThanOrEqual(1000);
    expect(a.maxRssMB).toBeLessThanOrEqual(200);
  });
});
