import { Document, MODEL_IR, makeValidator } from "@doingoai/core";
import { EXAMPLE_NAMES, example, INVALID_NAMES, invalidText } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { buildModelIr } from "../src/schema/build-ir";
import { mutate, rng } from "./mutations";

const v = makeValidator(MODEL_IR); // generated code in Node
const closures = makeValidator(MODEL_IR, { codegen: false }); // what browsers run

/** zod's issues, mapped to (code, path) the way the interpreter reports them. */
function zodIssues(value: unknown): string[] {
  const r = Document.safeParse(value);
  if (r.success) return [];
  const at = (path: PropertyKey[]) =>
    path.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as never)[k] : undefined), value);
  return r.error.issues.map((i: z.core.$ZodIssue) => {
    const path = i.path.join(".");
    switch (i.code) {
      case "invalid_type":
        if (at(i.path) === undefined) return `schema.required@${path}`;
        return i.expected === "int" ? `schema.not-integer@${path}` : `schema.type@${path}`;
      case "too_small":
        return `schema.too-small@${path}`;
      case "too_big":
        return `schema.too-big@${path}`;
      case "invalid_format":
        return `schema.format@${path}`;
      case "invalid_value":
        return at(i.path) === undefined ? `schema.required@${path}` : `schema.enum@${path}`;
      case "unrecognized_keys":
        return `schema.unknown-key@${path}`;
      case "invalid_union":
        return `schema.union@${path}`;
      case "custom":
        return `${(i.params as { code?: string } | undefined)?.code}@${path}`;
      default:
        return `${i.code}@${path}`;
    }
  });
}
const ours = (value: unknown) => v.issues(value).map((i) => `${i.code}@${i.path.join(".")}`);
const agree = (value: unknown) => {
  const ok = Document.safeParse(value).success;
  expect(v.check(value)).toBe(ok);
  expect(closures.check(value)).toBe(ok);
  expect(ours(value).sort(), JSON.stringify(value)?.slice(0, 300)).toEqual(zodIssues(value).sort());
};

describe("the model IR", () => {
  it("is what the zod model compiles to (run `pnpm schema:generate`)", () => {
    expect(MODEL_IR).toEqual(JSON.parse(JSON.stringify(buildModelIr())));
  });
});

describe("validation from the IR agrees with zod", () => {
  it("on the five examples", () => {
    for (const name of EXAMPLE_NAMES) {
      expect(v.check(example(name))).toBe(true);
      agree(example(name));
    }
  });

  it("on every invalid example", () => {
    for (const name of INVALID_NAMES) {
      let value: unknown;
      try {
        value = JSON.parse(invalidText(name));
      } catch {
        continue;
      }
      agree(value);
    }
  });

  it("on 3,000 random mutations of the examples (same issues, same paths)", () => {
    const rand = rng(20261122);
    for (let i = 0; i < 3000; i++) agree(mutate(example(EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!), rand));
  }, 120_000); // zod parses 3,000 documents: slow on a loaded machine, not a speed goal
});
