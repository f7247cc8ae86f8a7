/**
 * No typed fact is dropped (ADR 2): every example document (all of `EXAMPLES`, so documents
 * added later are covered) renders to DOCX and HTML whose text holds every typed fact of its
 * content answers, formatted as the glossary writes it. The DOCX is read back by LibreOffice
 * (all documents in one `soffice --convert-to txt` call). The same walk runs on the way a clerk
 * fills the form: each report's areas keep their facts beside a one-sentence narrative that
 * states none of them, and the appendices are removed.
 *
 * The facts are walked generically, along the model IR (`factLeaves`: free texts, counts,
 * amounts, other numbers, dates; enums, literals and booleans are words the renderer chooses).
 * Skipped, on purpose: a count or amount of zero (documents write "không có …", not "0").
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  contentAnswers,
  type Document,
  dayText,
  type FactLeaf,
  factLeaves,
  formatNumber,
  monthText,
  narrativeText,
  padCount,
  statedIn,
} from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { renderDocx, renderHtml } from "@doingoai/render";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, requireTool, tempDir, writeFiles } from "../docx/tools";

afterAll(removeTempDirs);

/** Lower-case NFC text, whitespace runs as one space. */
const flat = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
/** Lower-case NFC words (letters and digits) between single spaces: punctuation and case ignored. */
const words = (s: string) =>
  ` ${s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " " };

/** The text of an HTML page: no style, no script, tags as spaces, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e.startsWith("#x") || e.startsWith("#X")
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

/** Whether `n` is written in `text` as a whole number (not inside a longer one). */
function hasNumber(text: string, forms: readonly string[]): boolean {
  return forms.some((f) => {
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\d.,])${esc}(?![\\d]|[.,]\\d)`).test(text);
  });
}

/** The forms of a leaf the document may print (glossary conventions); `undefined`: not checked. */
function formsOf(l: FactLeaf): string[] | undefined {
  if (l.kind === "text") {
    const t = flat(String(l.value)).replace(/[.;:,\s]+$/, "");
    return t === "" ? undefined : [t];
  }
  if (l.kind === "date") {
    const [y, m, d] = String(l.value).split("-").map(Number) as [number, number?, number?];
    if (m === undefined) return [String(y)];
    if (d === undefined) return [`tháng ${m}/${y}`, `tháng ${monthText(m)}/${y}`, `tháng ${m} năm ${y}`];
    return [`${dayText(d)}/${monthText(m)}`, `${d}/${m}`, `ngày ${dayText(d)} tháng ${monthText(m)}`];
  }
  const n = Number(l.value);
  if (n === 0) return undefined;
  // as the glossary writes it ("03", "1.000", "12,5"), or as the source did ("1000", a year)
  const forms = [formatNumber(n, { maxFractionDigits: 2 }), String(n).replace(".", ",")];
  if (Number.isInteger(n)) forms.push(padCount(n));
  if (l.kind === "money")
    for (const [scale, word] of [
      [1e9, "tỷ"],
      [1e6, "triệu"],
    ] as const)
      if (n >= scale) forms.push(`${formatNumber(n / scale, { maxFractionDigits: 1 })} ${word}`);
  return forms;
}

/**
 * The facts of a document's content answers that the text does not show, and the paragraphs of
 * their narratives it does not hold. A text fact counts as shown when its words are in the text
 * in a row, or when the answer's own narrative states it (`statedIn`: an indicator's label
 * around its figure, a list of names the source shortens) and that narrative is printed.
 */
function missingFacts(doc: Document, text: string): string[] {
  const t = flat(text);
  const w = words(text);
  const missing: string[] = [];
  for (const a of contentAnswers(doc)) {
    const narrative = a.answer.narrative ?? [];
    const lost = narrative.filter((p) => words(p).trim() !== "" && !w.includes(words(p)));
    for (const p of lost) missing.push(`${[...a.path, "narrative"].join(".")}: ${p.slice(0, 80)}`);
    if (a.answer.facts === undefined) continue;
    const own = lost.length === 0 && narrative.length > 0 ? narrativeText(narrative) : undefined;
    for (const l of factLeaves(a.answer.facts, a.factsNode)) {
      const forms = formsOf(l);
      if (forms === undefined) continue;
      if (l.kind === "text" && own !== undefined && statedIn(l, own)) continue;
      const found =
        l.kind === "text"
          ? forms.some((f) => w.includes(words(f)) || t.includes(f))
          : l.kind === "date"
            ? forms.some((f) => t.includes(flat(f)))
            : hasNumber(t, forms.map(flat));
      if (!found)
        missing.push(`${[...a.path, "facts", ...l.path].join(".")} = ${String(l.value).slice(0, 80)}`);
    }
  }
  return missing;
}

/** A report as a clerk fills the form: the facts beside one sentence that states none of them. */
function factsBesideASentence(doc: Document): Document | undefined {
  if (doc.kind !== "report") return undefined;
  const d = structuredClone(doc) as Document & { appendices?: unknown };
  delete d.appendices;
  if (d.kind !== "report") return undefined;
  let changed = 0;
  const answers = [...Object.values(d.body.areas), ...(d.body.customAreas ?? []).map((c) => c.answer)] as (
    | { answer: string; facts?: object; narrative?: string[]; print?: string }
    | undefined
  )[];
  for (const a of answers) {
    if (a?.answer !== "content" || a.facts === undefined) continue;
    delete a.print;
    a.narrative = ["Trong kỳ, đơn vị đã triển khai các hoạt động của lĩnh vực này."];
    changed++;
  }
  return changed > 0 ? d : undefined;
}

interface Rendered {
  name: string;
  doc: Document;
  html: string;
  docxText: string | undefined;
}

const cases: { name: string; doc: Document }[] = [
  ...EXAMPLE_NAMES.map((name) => ({ name, doc: example(name) })),
  ...EXAMPLE_NAMES.flatMap((name) => {
    const doc = factsBesideASentence(example(name));
    return doc === undefined ? [] : [{ name: `${name}-facts-beside-a-sentence`, doc }];
  }),
];
let rendered: Rendered[] = [];

beforeAll(async () => {
  requireTool("soffice");
  const dir = tempDir("facts");
  const files: Record<string, Uint8Array> = {};
  for (const c of cases) files[`${c.name}.docx`] = await renderDocx(c.doc);
  const paths = writeFiles(dir, files);
  const profile = tempDir("lo-profile");
  const out = join(dir, "txt");
  spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "txt:Text (encoded):UTF8",
      "--outdir",
      out,
      ...Object.values(paths),
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  rendered = cases.map((c) => {
    const txt = join(out, `${basename(paths[`${c.name}.docx`]!, ".docx")}.txt`);
    return {
      ...c,
      html: htmlText(renderHtml(c.doc)),
      docxText: existsSync(txt) ? readFileSync(txt, "utf8") : undefined,
    };
  });
}, 300_000);

const byName = (name: string): Rendered => {
  const r = rendered.find((x) => x.name === name);
  if (r === undefined) throw new Error(`${name} was not rendered`);
  return r;
};

describe("every typed fact of every example document is in its text", () => {
  it("covers every example document and a facts-beside-a-sentence variant of each report", () => {
    expect(cases.length).toBeGreaterThanOrEqual(EXAMPLE_NAMES.length + 3);
  });
  for (const c of cases) {
    describe(c.name, () => {
      // Reports state figures; openings of plans (excerpts) and report requests may type none.
      if (c.doc.kind === "report")
        it("has typed facts to look for", () => {
          const leaves = contentAnswers(c.doc).flatMap((a) =>
            a.answer.facts === undefined ? [] : factLeaves(a.answer.facts, a.factsNode),
          );
          expect(leaves.length).toBeGreaterThan(0);
        });
      it("HTML: every typed fact, formatted", () => {
        const r = byName(c.name);
        expect(missingFacts(r.doc, r.html)).toEqual([]);
      });
      it("DOCX read back by LibreOffice: every typed fact, formatted", () => {
        const r = byName(c.name);
        expect(r.docxText, "LibreOffice gave no text").toBeDefined();
        expect(missingFacts(r.doc, r.docxText ?? "")).toEqual([]);
      });
    });
  }
});
