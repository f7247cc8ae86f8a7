import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { MESSAGES } from "@doingoai/core";
import { describe, expect, it } from "vitest";

const codes = Object.keys(MESSAGES.vi);
/** Params that name themselves: `p.days` reads "⟨days⟩", so a message shows which params it uses. */
const params = new Proxy({}, { get: (_, k) => (typeof k === "string" ? `⟨${k}⟩` : undefined) }) as Record<
  string,
  unknown
>;
const used = (s: string) => [...s.matchAll(/⟨(\w+)⟩/g)].map((m) => m[1]).sort();

describe("issue messages (parity, as zod's locales are tested)", () => {
  it("English has a message for every code, and no other", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("%s: both languages name the field and use the same values", (code) => {
    const vi = MESSAGES.vi[code]!("FIELD", params);
    const en = MESSAGES.en[code]!("FIELD", params);
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(vi.includes("FIELD"), vi).toBe(en.includes("FIELD"));
    expect(used(en), en).toEqual(used(vi));
    expect(vi).toBe(vi.normalize("NFC"));
  });

  it("every code is reported somewhere in the sources of core (no dead message)", () => {
    const src = join(__dirname, "../src");
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !/validate[/\\]messages/.test(f))
      .map((f) => readFileSync(join(src, f), "utf8"));
    const all = files.join("\n");
    const dead = codes.filter((c) => !all.includes(`"${c}"`));
    expect(dead, relative(process.cwd(), src)).toEqual([]);
  });
});
