import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Document } from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { compileCheck } from "../src/validate/fast";

const fast = compileCheck(Document);
const agree = (v: unknown) =>
  expect(fast(v), JSON.stringify(v)?.slice(0, 200)).toBe(Document.safeParse(v).success);

/** A tiny deterministic PRNG so a failure reproduces. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  -1,
  0,
  1.5,
  "",
  "x",
  "2024-02-30",
  "2024-13-01",
  [],
  {},
  true,
  1e12,
];

function mutate(doc: unknown, rand: () => number): unknown {
  const copy = structuredClone(doc);
  const nodes: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  (function walk(x: unknown) {
    if (x && typeof x === "object") {
      for (const k of Object.keys(x)) {
        const key = Array.isArray(x) ? Number(k) : k;
        nodes.push({ parent: x as Record<string | number, unknown>, key });
        walk((x as Record<string, unknown>)[k]);
      }
    }
  })(copy);
  const { parent, key } = nodes[Math.floor(rand() * nodes.length)]!;
  const r = rand();
  if (r < 0.15 && !Array.isArray(parent)) delete parent[key];
  else if (r < 0.25 && !Array.isArray(parent)) parent[`${String(key)}X`] = 1;
  else parent[key] = REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)];
  return copy;
}

describe("the fast structural check agrees with zod", () => {
  it("on the five examples", () => {
    for (const name of EXAMPLE_NAMES) {
      agree(example(name));
      expect(fast(example(name))).toBe(true);
    }
  });

  it("on every invalid example", () => {
    const dir = join(__dirname, "../../../examples/documents/invalid");
    for (const f of readdirSync(dir)) {
      let v: unknown;
      try {
        v = JSON.parse(readFileSync(join(dir, f), "utf8"));
      } catch {
        continue;
      }
      agree(v);
    }
  });

  it("on 3,000 random mutations of the examples", () => {
    const rand = rng(20261122);
    for (let i = 0; i < 3000; i++) agree(mutate(example(EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!), rand));
  });
});
