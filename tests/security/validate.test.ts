/**
 * What validation promises on hostile input: `__proto__`, `constructor` and `prototype` can never
 * change structure; text that prints as nothing is refused; the work is bounded by LIMITS; the
 * limits table is the one the model uses.
 */

import { type Document, LIMITS, MODEL_IR, validate, validateJson } from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

type Path = (string | number)[];
type Obj = Record<string, unknown>;
const errors = (r: ReturnType<typeof validate>) => r.issues.filter((i) => i.severity === "error");
const codesAt = (r: ReturnType<typeof validate>, path: Path) =>
  r.issues.filter((i) => i.path.join(".") === path.join(".")).map((i) => `${i.severity}:${i.code}`);

/** The paths of every object of `v`. */
function objectPaths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v))
    v.forEach((x, i) => {
      objectPaths(x, [...path, i], out);
    });
  else if (v !== null && typeof v === "object") {
    out.push(path);
    for (const [k, x] of Object.entries(v)) objectPaths(x, [...path, k], out);
  }
  return out;
}

function at(doc: unknown, path: Path): Obj {
  return path.reduce<unknown>((o, k) => (o as Obj)[k], doc) as Obj;
}

/** The same document as a 0.x preview wrote it (no version, `state` answers, archive in the list). */
function asVersion0(doc: Document): Obj {
  const text = JSON.stringify(doc)
    .replaceAll('"answer":"unanswered"', '"state":"blank"')
    .replaceAll('"answer":"none"', '"state":"nothing"')
    .replaceAll('"answer":"content"', '"state":"content"');
  const d = JSON.parse(text);
  delete d.schemaVersion;
  d.frame.recipients = [...d.frame.recipients.list, `Lưu: ${d.frame.recipients.archive.join(", ")}.`];
  return d;
}

/** JSON text of `doc` with an own key `key` (carrying `value`) in the object at `path`. */
function withOwnKey(doc: unknown, path: Path, key: string, value: unknown): string {
  const copy = structuredClone(doc);
  at(copy, path)["@@inject@@"] = value;
  return JSON.stringify(copy).replace('"@@inject@@"', JSON.stringify(key));
}

describe("__proto__, constructor and prototype never change structure", () => {
  const source = example("bao-cao-nam-2019-so-tttt-lang-son");
  const versions: [string, unknown][] = [
    ["v1", source],
    ["v0", asVersion0(source)],
  ];
  for (const [version, doc] of versions)
    for (const key of ["__proto__", "constructor", "prototype"])
      it(`${version}: "${key}" in each of the document's objects is an unknown key there`, () => {
        const paths = objectPaths(doc);
        expect(paths.length).toBeGreaterThan(100);
        for (const path of paths) {
          const text = withOwnKey(doc, path, key, { body: { x: 1 } });
          expect(Object.hasOwn(at(JSON.parse(text), path), key)).toBe(true);
          const r = validateJson(text);
          expect(r.ok, `${path.join(".")}`).toBe(false);
          const issue = r.issues.find((i) => i.code === "schema.unknown-key");
          expect(issue?.path, `${path.join(".")}`).toEqual(path);
          expect(issue?.params?.keys).toEqual([key]);
        }
      });

  it("a version-0 document whose body hides under __proto__ is not valid, and keeps its key", () => {
    const d = asVersion0(source);
    const body = d.body;
    delete d.body;
    const text = JSON.stringify(d).replace(/^\{/, `{"__proto__":${JSON.stringify({ body })},`);
    const r = validateJson(text);
    expect(r.ok).toBe(false);
    expect(codesAt(r, ["body"])).toEqual(["error:schema.required"]);
    expect(codesAt(r, [])).toEqual(["error:schema.unknown-key"]);
    expect(Object.getPrototypeOf(JSON.parse(text))).toBe(Object.prototype);
  });

  it("a prototype carrying fields is ignored: only own keys count", () => {
    const d = example("ke-hoach-2024-xa-binh-thanh") as unknown as Obj;
    const { body, ...rest } = d;
    const r = validate(Object.assign(Object.create({ body }), rest));
    expect(codesAt(r, ["body"])).toEqual(["error:schema.required"]);
  });
});

describe("text that prints as nothing, or not as it reads", () => {
  const doc = () => example("thong-bao-ket-luan-2024-ubnd-tinh-lang-son");
  const invisible = [" ", "\u200B", "\u200B\u200C\u200D\u2060", "\u202E\u202C", " \u00A0\u3000", "\uFEFF"];

  it.each(invisible.map((s) => [JSON.stringify(s), s]))("a signer's name of %s is an error", (_, s) => {
    const d = doc();
    d.frame.signature.name = s;
    const r = validate(d);
    expect(r.ok).toBe(false);
    expect(codesAt(r, ["frame", "signature", "name"])).toEqual(
      s === "\uFEFF" ? ["error:schema.too-small"] : ["error:text.no-letters"],
    );
    expect(
      r.issues.find((i) => i.code === "text.no-letters" || i.code === "schema.too-small")!.message,
    ).toMatch(/Chữ ký|Người ký|ký/i);
  });

  it("a subject of digits and punctuation only is an error; a paragraph of spaces too", () => {
    const d = doc();
    d.frame.subject = "2024 - …";
    expect(codesAt(validate(d), ["frame", "subject"])).toEqual(["error:text.no-letters"]);
    const e = doc();
    e.frame.place = "\u200B ";
    expect(codesAt(validate(e), ["frame", "place"])).toEqual(["error:text.invisible"]);
  });

  it("an RTL override in a name is a warning, and so is a Latin word with a Cyrillic look-alike", () => {
    const d = doc();
    d.frame.signature.name = "\u202ENguyễn Văn An";
    const r = validate(d);
    expect(r.ok).toBe(true);
    expect(codesAt(r, ["frame", "signature", "name"])).toEqual(["warning:text.bidi-control"]);
    d.frame.signature.name = "Nguyễn V\u0430n An"; // Cyrillic а
    const m = validate(d, { lang: "en" });
    expect(codesAt(m, ["frame", "signature", "name"])).toEqual(["warning:text.mixed-scripts"]);
    expect(m.issues[0]!.message).toContain("Cyrillic");
    expect(validate(d).issues[0]!.message).toContain("Kirin");
  });

  it("a real name in another script, blank table cells and the five examples raise nothing", () => {
    const d = doc();
    d.frame.signature.name = "Иван Петров";
    expect(validate(d).issues).toEqual([]);
    for (const name of EXAMPLE_NAMES)
      expect(validate(example(name)).issues.filter((i) => i.code.startsWith("text."))).toEqual([]);
  });
});

describe("the work is bounded by LIMITS, not by the input", () => {
  const plan = () => example("ke-hoach-2024-xa-binh-thanh") as unknown as Obj;

  it("an over-long string is reported with the field's own maximum", () => {
    const d = plan();
    (d.frame as Obj).subject = "a".repeat(5_000_000);
    const r = validate(d);
    // The seed's own văn thư warnings (abbreviated issuing body, archive order) stay; one error.
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({
        code: "schema.too-big",
        path: ["frame", "subject"],
        params: { origin: "string", maximum: LIMITS.subject },
      }),
    ]);
  });

  it("control characters do not bring an over-long string under its maximum", () => {
    const d = plan();
    (d.frame as Obj).subject = `Kế hoạch${"\u0001".repeat(LIMITS.paragraph * 10)}`;
    expect(codesAt(validate(d), ["frame", "subject"])).toEqual(["error:schema.too-big"]);
  });

  it("a list of a million items is reported as too long without walking it", () => {
    const d = plan();
    (d.frame as Obj).basis = Array.from({ length: 1_000_000 }, () => ({ wrong: true }));
    const r = validate(d);
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBe(LIMITS.issues + 1);
    expect(codesAt(r, ["frame", "basis"])).toEqual(["error:schema.too-big"]);
    expect(r.issues.at(-1)).toMatchObject({
      code: "document.too-many-issues",
      params: { shown: LIMITS.issues },
    });
  });

  it("an object with 100,000 unknown keys, one a megabyte long, gives one short issue", () => {
    const d = plan();
    const frame = d.frame as Obj;
    for (let i = 0; i < 100_000; i++) frame[`k${i}`] = i;
    frame["x".repeat(1_000_000)] = 1;
    const r = validate(d);
    const issue = r.issues.find((i) => i.code === "schema.unknown-key")!;
    expect(issue.path).toEqual(["frame"]);
    expect((issue.params!.keys as string[]).length).toBeLessThanOrEqual(10);
    expect(issue.message.length).toBeLessThan(2000);
  });

  it.each([
    [
      "documentValues",
      (d: Obj) =>
        ((d.body as Obj).content = Array.from({ length: 100 }, () => ({ x: new Array(300).fill(0) }))),
    ],
    [
      "documentText",
      (d: Obj) =>
        ((d.body as Obj).intro = new Array(Math.ceil(LIMITS.documentText / 9000) + 1).fill(
          "Công tác ".repeat(1000),
        )),
    ],
    [
      "documentTableRows",
      (d: Obj) =>
        ((d as Obj).appendices = Array.from({ length: 3 }, () => ({
          title: "Bảng",
          table: { type: "free", table: { columns: ["A"], rows: new Array(LIMITS.tableRows).fill(["x"]) } },
        }))),
    ],
  ] as const)("a document over %s is document.too-large", (limit, change) => {
    const d = plan();
    change(d);
    const r = validate(d, { lang: "en" });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "document.too-large", params: { limit, maximum: LIMITS[limit] } }),
    ]);
    expect(r.issues[0]!.message).toContain(String(LIMITS[limit]));
  });

  it("JSON text over LIMITS.jsonText or nested too deeply is refused before parsing", () => {
    expect(validateJson(" ".repeat(LIMITS.jsonText + 1)).issues[0]!.code).toBe("document.too-large");
    expect(validateJson("[".repeat(1_000_000)).issues[0]!.code).toBe("document.too-deep");
    expect(validateJson(`{"a":"${"[".repeat(1000)}"}`).issues[0]!.code).not.toBe("document.too-deep");
  });
});

describe("LIMITS is the table the model uses", () => {
  const strings = MODEL_IR.nodes.filter((n) => n.t === "string");
  const arrays = MODEL_IR.nodes.filter((n) => n.t === "array");

  it("the per-field limits are the maxima of the model's fields", () => {
    const maxima = new Set(strings.map((n) => n.max));
    for (const k of ["name", "line", "subject", "paragraph", "cell", "code"] as const)
      expect(maxima).toContain(LIMITS[k]);
    const arrayMaxima = new Set(arrays.map((n) => n.max));
    expect(arrayMaxima).toContain(LIMITS.tableRows);
    expect(arrayMaxima).toContain(LIMITS.tableColumns);
  });

  it("no text field is longer than a paragraph, no list unbounded; an unbounded string has a pattern", () => {
    for (const n of strings) {
      if (n.max !== undefined) expect(n.max).toBeLessThanOrEqual(LIMITS.paragraph);
      else expect(n.re?.length).toBeGreaterThan(0);
    }
    for (const n of arrays) expect(n.max).toBeDefined();
  });

  it("the five examples are far inside the document budgets", () => {
    for (const name of EXAMPLE_NAMES) {
      const text = JSON.stringify(example(name));
      expect(text.length).toBeLessThan(LIMITS.jsonText / 20);
    }
  });
});
