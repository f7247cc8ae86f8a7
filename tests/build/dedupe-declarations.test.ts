/**
 * The build's declaration shortener (scripts/build/dedupe-declarations.mjs) must keep each type's
 * meaning: a long exported type that recurs elsewhere becomes `typeof Name`, and two modules
 * exporting the same name (each area's `indicators`) must keep two aliases, never one for both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error — a plain .mjs build script without declarations
import { dedupeDeclarations } from "../../scripts/build/dedupe-declarations.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A long object type whose only key is `key` (long enough to be shortened). */
const long = (key: string) =>
  `{ readonly ${key}: { readonly unit: "đoàn"; readonly vi: "đoàn ra nước ngoài của tỉnh trong kỳ báo cáo"; readonly en: "outbound delegations of the province" }; }`;

describe("dedupeDeclarations", () => {
  it("gives two modules' same-named constants two aliases, each with its own type", () => {
    const dir = mkdtempSync(join(tmpdir(), "dedupe-"));
    dirs.push(dir);
    const a = join(dir, "a.d.ts");
    const b = join(dir, "b.d.ts");
    const all = join(dir, "all.d.ts");
    writeFileSync(a, `export declare const indicators: ${long("outbound")};\n`);
    writeFileSync(b, `export declare const indicators: ${long("inbound")};\n`);
    writeFileSync(
      all,
      `export declare const ALL: { readonly a: ${long("outbound")}; readonly b: ${long("inbound")}; };\n`,
    );
    dedupeDeclarations([a, b, all]);
    const out = readFileSync(all, "utf8");
    const aliases = [...out.matchAll(/import type \{ indicators as (\w+) \} from "\.\/(\w+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(aliases).toHaveLength(2);
    const aliasOf = Object.fromEntries(aliases.map(([alias, from]) => [from, alias]));
    expect(aliasOf.a).not.toBe(aliasOf.b);
    expect(out).toMatch(new RegExp(`readonly a: typeof ${aliasOf.a};`));
    expect(out).toMatch(new RegExp(`readonly b: typeof ${aliasOf.b};`));
  });
});
