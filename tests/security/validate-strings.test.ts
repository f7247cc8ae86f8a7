/**
 * validate() is bounded by the model's limits, not by the input: a 100-million-character string
 * of each class that once cost seconds or aborted the process (control characters, TCVN3-looking
 * text, NFD text) is answered in ≤ 1 s with the field's `schema.too-big`, and the same document
 * as JSON text is refused before parsing. Each case runs in a child process.
 */
import { describe, expect, it } from "vitest";
import { child, coreDist } from "./child";

interface Answer {
  length: number;
  ok: boolean;
  issues: string[];
  ms: number;
  jsonCodes: string[];
  jsonMs: number;
  maxRssMB: number;
}

describe("validate() on 100-million-character strings (child process)", () => {
  it.each(["controls", "tcvn3", "nfd", "plain"])("%s: schema.too-big in ≤ 1 s", (cls) => {
    const a = child<Answer>("validate-child.mjs", [coreDist, cls, "100"], 60_000);
    expect(a.length).toBe(100_000_000);
    expect(a.ok).toBe(false);
    expect(a.issues).toEqual(["schema.too-big"]);
    expect(a.ms).toBeLessThanOrEqual(1000);
    expect(a.jsonCodes).toEqual(["document.too-large"]);
    expect(a.jsonMs).toBeLessThanOrEqual(1000);
  });
});
