/**
 * Seeded random mutations of documents, shared by the parity tests: the model IR against zod
 * (ir.test.ts) and the JSON Schema against validate() (schema-parity.test.ts).
 */

/** A deterministic random number generator in [0, 1). */
export function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
/** Values a mutation puts in place of a node. */
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
  Number.NaN,
];

/** A copy of `doc` with one to three nodes deleted, renamed with an extra key, or replaced. */
export function mutate(doc: unknown, rand: () => number): unknown {
  const copy = structuredClone(doc);
  const nodes: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  (function walk(x: unknown) {
    if (x && typeof x === "object")
      for (const k of Object.keys(x)) {
        nodes.push({ parent: x as Record<string | number, unknown>, key: Array.isArray(x) ? Number(k) : k });
        walk((x as Record<string, unknown>)[k]);
      }
  })(copy);
  for (let m = 1 + Math.floor(rand() * 3); m > 0; m--) {
    const { parent, key } = nodes[Math.floor(rand() * nodes.length)]!;
    const r = rand();
    if (r < 0.15 && !Array.isArray(parent)) delete parent[key];
    else if (r < 0.25 && !Array.isArray(parent)) parent[`${String(key)}X`] = 1;
    else parent[key] = REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)];
  }
  return copy;
}
