/**
 * Property tests (fast-check), seeded: FUZZ_SEED (default below) and FUZZ_RUNS (default 10,000)
 * from the environment; fast-check prints the seed and the counterexample's path on failure,
 * so `FUZZ_SEED=<seed>` replays it.
 *
 * - valid documents (arbitraries.ts): validate says ok and is idempotent; the HTML page and
 *   fragment show every hostile string as text (no injected tag or attribute); every
 *   FUZZ_DOCX_EVERY-th case (default 1: all 10,000) is rendered to DOCX and read back equal;
 * - invalid documents: one IR-invalid mutation gives issues, with a path and a message, never
 *   an exception; random JSON values and random text do too.
 * The OOXML schema check of sampled fuzzed DOCX files is in fuzz-schema.test.ts.
 */

import { MESSAGES, validate, validateJson } from "@doingoai/core";
import { readDocx, renderHtml, renderHtmlFragment } from "@doingoai/render";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../packages/render/src/docx/render";
import { invalidDocument, validDocument } from "./arbitraries";

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const DOCX_EVERY = Number(process.env.FUZZ_DOCX_EVERY ?? 1);
const settings = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Markup the hostile pieces carry: none of it may reach the HTML as markup. */
const INJECTED = [/<b id=fuzz/i, /<script>alert/i, /<img/i, /<[^>]*\sonerror=/i, /<\/w:t>/];

describe(`fuzz (seed ${SEED}, ${RUNS} runs each)`, () => {
  it(`${RUNS} valid documents: ok, idempotent, escaped in HTML; every ${DOCX_EVERY}th through DOCX and back`, async () => {
    let n = 0;
    let roundTrips = 0;
    await fc.assert(
      fc.asyncProperty(validDocument, async ({ doc }) => {
        const r = validate(doc);
        expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
        if (!r.ok) return;
        const again = validate(r.value);
        expect(again.ok && again.value).toEqual(r.value);
        for (const html of [renderHtml(r.value), renderHtmlFragment(r.value)])
          for (const re of INJECTED) expect(html).not.toMatch(re);
        if (n++ % DOCX_EVERY === 0) {
          roundTrips++;
          const back = readDocx(await renderDocx(r.value));
          expect(back.ok).toBe(true);
          expect(back.value).toEqual(r.value);
        }
      }),
      settings(RUNS),
    );
    expect(roundTrips).toBe(Math.ceil(RUNS / DOCX_EVERY));
  }, 3_600_000);

  it(`${RUNS} invalid documents: issues with a path and a message, never an exception`, () => {
    fc.assert(
      fc.property(invalidDocument, ({ doc }) => {
        const r = validate(doc);
        expect(r.ok).toBe(false);
        expect(r.issues.some((i) => i.severity === "error")).toBe(true);
        for (const i of r.issues) {
          expect(Array.isArray(i.path)).toBe(true);
          expect(MESSAGES.vi[i.code], i.code).toBeDefined();
          expect(i.message.length).toBeGreaterThan(0);
        }
      }),
      settings(RUNS),
    );
  }, 600_000);

  it(`${RUNS} random JSON values and texts: an answer, never an exception`, () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8 }),
        fc.string({ unit: "binary", maxLength: 200 }),
        (value, text) => {
          const r = validate(value);
          expect(r.ok).toBe(false);
          expect(r.issues.length).toBeGreaterThan(0);
          const j = validateJson(text);
          expect(j.ok).toBe(false);
          const k = validateJson(JSON.stringify(value) ?? "");
          expect(k.ok).toBe(false);
        },
      ),
      settings(RUNS),
    );
  }, 600_000);
});
