import {
  AREA_IDS,
  DOCUMENT_KINDS,
  INDICATOR_KEYS,
  NoticeDocument,
  PlanDocument,
  ReportDocument,
  RequestDocument,
  validate,
  schemaId as zodSchemaId,
} from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../strings/strings";
import { DEFAULTS, eachField, emptyOf, type Field, fieldsOf, HIDDEN } from "./fields";
import { DOCUMENT_SCHEMAS, objectById, type Path, schemaAt } from "./schema";
import { sectionsOf } from "./sections";

// English is loaded on demand (as `lang="en"` does in a page).
beforeAll(() => loadLanguage("en"));

/** The IR node of the object with this id ("Frame", "Delegation"…). */
const S = (id: string) => objectById(id)!;
const byKey = (fields: Field[], key: string) => fields.find((f) => f.key === key)!;

/** The descriptor of the field at `path` in a document of `kind`. */
function fieldAt(kind: (typeof DOCUMENT_KINDS)[number], path: Path): Field | undefined {
  const root = DOCUMENT_SCHEMAS[kind];
  const parent = schemaAt(root, path.slice(0, -1), undefined) ?? root;
  return fieldsOf(parent, "vi").find((f) => f.key === path.at(-1));
}

/** zod's own definitions (the source of truth), walked independently of the IR the forms read. */
interface Zod {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Zod>;
      element?: Zod;
      innerType?: Zod;
      options?: Zod[];
    };
  };
}
const def = (s: Zod) => s._zod.def;
const zodId = (s: Zod) => zodSchemaId(s as unknown as Parameters<typeof zodSchemaId>[0]);
const ZOD_ROOTS = {
  report: ReportDocument,
  plan: PlanDocument,
  "conclusion-notice": NoticeDocument,
  "report-request": RequestDocument,
} as unknown as Record<(typeof DOCUMENT_KINDS)[number], Zod>;
function unwrapZod(s: Zod): Zod {
  let cur = s;
  while (["optional", "nullable", "default"].includes(def(cur).type)) cur = def(cur).innerType!;
  return cur;
}
/** The zod schema at a path (in a union, the branch that has the key). */
function zodAt(root: Zod, path: Path): Zod | undefined {
  let s: Zod | undefined = root;
  for (const k of path) {
    if (!s) return undefined;
    let u = unwrapZod(s);
    if (def(u).type === "union")
      u =
        def(u)
          .options!.map(unwrapZod)
          .find((o) => def(o).shape?.[k as string]) ?? u;
    s = typeof k === "number" ? def(u).element : def(u).shape?.[k];
  }
  return s;
}

/**
 * Every leaf of a zod schema: `frame.recipients.list[]`, `frame.signature.name`… (hidden fields
 * and literals excluded).
 */
function schemaLeaves(
  s: Zod,
  prefix: string,
  parentId: string | undefined,
  key: string,
  out: Set<string>,
  depth = 0,
) {
  if (depth > 12) return;
  if (HIDDEN.has(`${parentId}.${key}`)) return;
  const u = unwrapZod(s);
  const d = def(u);
  if (d.type === "literal") return;
  if (d.type === "object") {
    const id = zodId(u);
    for (const [k, v] of Object.entries(d.shape!)) schemaLeaves(v, `${prefix}.${k}`, id, k, out, depth + 1);
  } else if (d.type === "array") {
    const ed = def(unwrapZod(d.element!));
    if (ed.type === "object" || ed.type === "array" || ed.type === "union")
      schemaLeaves(d.element!, `${prefix}[]`, parentId, key, out, depth + 1);
    else out.add(prefix);
  } else if (d.type === "union") {
    for (const o of d.options!) schemaLeaves(o, prefix, parentId, key, out, depth + 1);
  } else out.add(prefix);
}

/** The leaves of a descriptor tree, in the same notation, with their labels. */
function fieldLeaves(f: Field, prefix: string, out: Map<string, Field>) {
  switch (f.kind) {
    case "group":
      for (const c of f.fields) fieldLeaves(c, `${prefix}.${c.key}`, out);
      return;
    case "list":
      if (
        f.item.kind === "group" ||
        f.item.kind === "list" ||
        f.item.kind === "variant" ||
        f.item.kind === "answer"
      )
        fieldLeaves(f.item, `${prefix}[]`, out);
      else out.set(prefix, f);
      return;
    case "answer":
      for (const c of [...f.none, ...f.content]) fieldLeaves(c, `${prefix}.${c.key}`, out);
      return;
    case "variant":
      out.set(`${prefix}.${f.discriminator}`, f);
      for (const v of f.variants) for (const c of v.fields) fieldLeaves(c, `${prefix}.${c.key}`, out);
      return;
    default:
      out.set(prefix, f);
  }
}

describe("form model from the schema", () => {
  for (const kind of DOCUMENT_KINDS)
    for (const section of sectionsOf(kind))
      it(`${kind} › ${section.id}: every leaf of the schema is a field with a Vietnamese and an English label`, () => {
        for (const path of section.paths) {
          const root = DOCUMENT_SCHEMAS[kind];
          const zroot = ZOD_ROOTS[kind];
          const s = zodAt(zroot, path)!;
          const parentId = zodId(unwrapZod(zodAt(zroot, path.slice(0, -1)) ?? zroot));
          const expected = new Set<string>();
          schemaLeaves(s, "", parentId, String(path.at(-1)), expected);
          expect(expected.size, path.join(".")).toBeGreaterThan(0);
          for (const lang of ["vi", "en"] as const) {
            const parent = schemaAt(root, path.slice(0, -1), undefined) ?? root;
            const f = fieldsOf(parent, lang).find((x) => x.key === path.at(-1));
            expect(f, `${path.join(".")}`).toBeDefined();
            const got = new Map<string, Field>();
            fieldLeaves(f!, "", got);
            // Variant discriminators are literals in each branch, but a select in the form.
            const missing = [...expected].filter((p) => !got.has(p));
            expect(missing, `${kind} ${section.id} ${lang}`).toEqual([]);
            for (const [p, leaf] of got) {
              expect(leaf.label.trim(), `${p} (${lang})`).not.toBe("");
              expect(leaf.label, `${p} has no ${lang} label`).not.toBe(leaf.key);
            }
          }
        }
      });

  it("labels are Vietnamese by default, with the object's own label when it has one", () => {
    const sig = fieldsOf(S("Signature"), "vi");
    expect(byKey(sig, "name").label).toBe("Họ và tên người ký");
    expect(byKey(fieldsOf(S("Signature"), "en"), "name").label).not.toBe("Họ và tên người ký");
    const frame = fieldsOf(S("Frame"), "vi");
    expect(byKey(frame, "symbol")).toMatchObject({ kind: "text", label: "Ký hiệu", hint: "Ví dụ: BC-UBND" });
  });

  it("chooses the widget from the schema", () => {
    const frame = fieldsOf(S("Frame"), "vi");
    expect(byKey(frame, "subject").kind).toBe("textarea"); // Text
    expect(byKey(frame, "place").kind).toBe("text"); // Line
    expect(byKey(frame, "date").kind).toBe("partial-date"); // PartialDate
    expect(byKey(frame, "number")).toMatchObject({ kind: "number", integer: true, min: 1, optional: true });
    expect(byKey(frame, "status")).toMatchObject({ kind: "select", optional: false });
    expect(byKey(frame, "recipients").kind).toBe("group");
    expect(frame.some((f) => f.key === "digitalSignatures")).toBe(false); // hidden
    const d = fieldsOf(S("Delegation"), "vi");
    expect(byKey(d, "from").kind).toBe("date"); // IsoDate
    expect(byKey(d, "members")).toMatchObject({ kind: "number", integer: true, optional: true });
    expect(byKey(d, "countries")).toMatchObject({ kind: "list", item: { kind: "text" } });
    expect(byKey(d, "decisions")).toMatchObject({
      kind: "list",
      item: { kind: "group", objectId: "Citation" },
    });
    const direction = byKey(d, "direction");
    expect(direction.kind === "select" && direction.options.map((o) => o.label)).toEqual([
      "Đoàn ra",
      "Đoàn vào",
    ]);
    expect(byKey(fieldsOf(S("ReportingDuty"), "vi"), "frequencies").kind).toBe("choices");
    const areas = byKey(fieldsOf(S("PlanContentItem"), "vi"), "areas");
    expect(areas.kind === "choices" && areas.areas && areas.options.length).toBe(AREA_IDS.length);
    const key = byKey(fieldsOf(S("Indicator"), "vi"), "key");
    expect(key.kind === "select" && key.options.map((o) => o.value)).toEqual(INDICATOR_KEYS);
    expect(fieldsOf(S("Count"), "vi").map((f) => f.kind)).toEqual(["number", "select", "text"]);
  });

  it("narrative is one textarea, paragraphs by line", () => {
    const f = fieldAt("report", ["body", "intro"]);
    expect(f).toMatchObject({ kind: "narrative", hint: "Mỗi dòng là một đoạn văn.", optional: true });
  });

  it("areas of a report are three-state answers titled by the area", () => {
    for (const a of AREA_IDS) {
      const f = fieldAt("report", ["body", "areas", a]);
      expect(f?.kind).toBe("answer");
    }
    const consular = fieldAt("report", ["body", "areas", "consular"]);
    expect(consular?.label).toBe("Lãnh sự và bảo hộ công dân");
    if (consular?.kind !== "answer") throw new Error();
    expect(consular.none.map((f) => f.key)).toEqual(["text"]);
    expect(consular.none[0]!.label).toBe("Câu trả lời trong văn bản");
    expect(consular.content.map((f) => f.key)).toEqual(["narrative", "facts", "print"]);
    const rec = fieldAt("report", ["body", "recommendations"]);
    expect(rec?.kind === "answer" && rec.content.map((f) => f.key)).toEqual(["narrative", "items"]);
  });

  it("rows are labelled from the core row templates", () => {
    const f = byKey(fieldsOf(S("Delegation"), "vi"), "decisions");
    expect(f.kind === "list" && f.rowLabel(3)).toBe("Văn bản thứ 3");
    const d = fieldAt("report", ["body", "areas", "delegations"]);
    if (d?.kind !== "answer") throw new Error();
    const facts = byKey(d.content, "facts");
    if (facts.kind !== "group") throw new Error();
    const rows = byKey(facts.fields, "delegations");
    expect(rows.kind === "list" && rows.rowLabel(12)).toBe("Đoàn thứ 12");
  });

  it("appendix tables are a variant by their type", () => {
    const f = fieldAt("report", ["appendices"]);
    if (f?.kind !== "list" || f.item.kind !== "group") throw new Error();
    const table = byKey(f.item.fields, "table");
    expect(table.kind).toBe("variant");
    if (table.kind !== "variant") throw new Error();
    expect(table.discriminator).toBe("type");
    expect(table.variants.map((v) => v.value)).toEqual([
      "delegations",
      "ngo-aid",
      "agreements",
      "conferences",
      "free",
    ]);
  });

  it("descriptors are cached per schema and language", () => {
    expect(fieldsOf(S("Frame"), "vi")).toBe(fieldsOf(S("Frame"), "vi"));
    expect(fieldsOf(S("Frame"), "en")).not.toBe(fieldsOf(S("Frame"), "vi"));
  });

  it("visits every field", () => {
    let n = 0;
    eachField(fieldsOf(S("Frame"), "vi"), () => n++);
    expect(n).toBeGreaterThan(30);
  });
});

describe("empty values", () => {
  it("an empty document of each kind has its required objects and lists, and the defaults", () => {
    const report = emptyOf(DOCUMENT_SCHEMAS.report);
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: "report",
      frame: { issuingBody: {}, recipients: { list: [], archive: ["VT"] }, signature: {}, status: "draft" },
      body: { period: {}, areas: {} },
    });
    expect(emptyOf(DOCUMENT_SCHEMAS.plan)).toMatchObject({
      kind: "plan",
      body: { content: [], implementation: [] },
    });
    expect(emptyOf(DOCUMENT_SCHEMAS["conclusion-notice"])).toMatchObject({
      body: { session: { chair: {} } },
    });
    expect(Object.keys(DEFAULTS).length).toBeGreaterThan(0);
  });

  it("an empty document is invalid, with issues (never a throw)", () => {
    for (const kind of DOCUMENT_KINDS) {
      const r = validate(emptyOf(DOCUMENT_SCHEMAS[kind]));
      expect(r.ok).toBe(false);
      expect(r.issues.some((i) => i.code === "schema.required")).toBe(true);
    }
  });

  it("an answer starts unanswered; a list row starts with its required objects", () => {
    const a = schemaAt(DOCUMENT_SCHEMAS.report, ["body", "customAreas", 0, "answer"], undefined)!;
    expect(emptyOf(a)).toEqual({ answer: "unanswered" });
    expect(emptyOf(S("Delegation"))).toEqual({});
    const appendix = schemaAt(DOCUMENT_SCHEMAS.report, ["appendices", 0], undefined)!;
    expect(emptyOf(appendix)).toEqual({ table: { type: "delegations" } });
  });
});
