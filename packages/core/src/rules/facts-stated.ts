/**
 * Which typed facts a narrative already states (ADR 2). One generic walk over a facts object
 * along the model IR gives its printing values ("leaves"): free texts (names, countries, titles),
 * counts (`Count.value`), amounts (`Money`/`Amount.amount`), other numbers and dates. Enums,
 * literals and booleans are words the renderer chooses, not typed values, and a count's unit or
 * an amount's currency belong to the count or amount. A leaf is **stated** when its value,
 * written the ways documents write it (glossary conventions: "03", "1.000", "1,5 tỷ", "08/5"),
 * occurs in the narrative (NFC, case and punctuation ignored for texts).
 *
 * The unit of a fact is a top-level key of the facts, or one item of a top-level list (one
 * delegation, one aid project, one indicator): it is stated when every leaf in it is.
 */
import { MODEL_IR } from "../generated/ir";
import type { IrNode, ModelIr } from "../schema/ir";
import type { IssuePath } from "../validate/issues";

export type FactLeafKind = "text" | "count" | "money" | "number" | "date";

/** One printing value of a facts object. */
export interface FactLeaf {
  /** Path inside the facts object. */
  path: IssuePath;
  kind: FactLeafKind;
  /** The value as typed (a date as its ISO text). */
  value: string | number;
  /** A count's unit ("đoàn", "lượt người"), which documents write after the figure. */
  unit?: string;
}

function ir0(ir: ModelIr, name: string): number | undefined {
  return ir.roots[name];
}

/** The IR index of a node by its schema id (`.meta({ id })`) or root name. */
export function irNodeOf(id: string, ir: ModelIr = MODEL_IR): number | undefined {
  const root = ir0(ir, id);
  if (root !== undefined) return root;
  const i = ir.nodes.findIndex((n) => (n.t === "object" || n.t === "union" || n.t === "enum") && n.id === id);
  return i < 0 ? undefined : i;
}

function unwrap(i: number, ir: ModelIr): number {
  let k = i;
  for (let n = ir.nodes[k]; n !== undefined && (n.t === "optional" || n.t === "nullable"); n = ir.nodes[k])
    k = n.of;
  return k;
}

/** The IR node of the facts of a standard area's content answer (from the `Areas` node). */
export function areaFactsNode(area: string, ir: ModelIr = MODEL_IR): number | undefined {
  const areas = irNodeOf("Areas", ir);
  const n = areas === undefined ? undefined : ir.nodes[areas];
  if (n?.t !== "object") return undefined;
  const j = n.keys.indexOf(area);
  if (j < 0) return undefined;
  const answer = ir.nodes[unwrap(n.of[j]!, ir)];
  const options = answer?.t === "union" ? answer.options : [];
  for (const o of options) {
    const opt = ir.nodes[o];
    if (opt?.t !== "object") continue;
    const f = opt.keys.indexOf("facts");
    if (f >= 0) return unwrap(opt.of[f]!, ir);
  }
  return undefined;
}

function objectId(n: IrNode): string | undefined {
  return n.t === "object" ? n.id : undefined;
}

/**
 * A string whose patterns admit only ASCII letters and digits without spaces (an indicator's
 * `key`, a currency code) is a code the renderer turns into words, not words of the document.
 */
function isCode(n: Extract<IrNode, { t: "string" }>): boolean {
  return (
    (n.re ?? []).length > 0 &&
    (n.re ?? []).every(([src]) => /^\^\[[a-zA-Z]/.test(src) && !/\\p|\\s| /.test(src))
  );
}

/** The printing values of `value` (valid against IR node `node`), in schema order. */
export function factLeaves(value: unknown, node: number, ir: ModelIr = MODEL_IR): FactLeaf[] {
  const out: FactLeaf[] = [];
  const dates = new Set([ir0(ir, "IsoDate"), ir0(ir, "PartialDate")]);
  let unit: string | undefined;
  const walk = (v: unknown, i: number, path: IssuePath, owner: string | undefined, key: string): void => {
    if (v === undefined || v === null) return;
    const n = ir.nodes[i];
    if (n === undefined) return;
    switch (n.t) {
      case "optional":
      case "nullable":
        walk(v, n.of, path, owner, key);
        return;
      case "array":
        if (Array.isArray(v)) for (let k = 0; k < v.length; k++) walk(v[k], n.of, [...path, k], owner, key);
        return;
      case "union": {
        if (typeof v !== "object") return;
        const tag = (v as Record<string, unknown>)[n.d];
        for (const o of n.options) {
          const opt = ir.nodes[o];
          if (opt?.t !== "object") continue;
          const lit = ir.nodes[opt.of[opt.keys.indexOf(n.d)]!];
          if (lit?.t === "literal" && lit.v.includes(tag as never)) walk(v, o, path, owner, key);
        }
        return;
      }
      case "object": {
        if (typeof v !== "object" || Array.isArray(v)) return;
        const o = v as Record<string, unknown>;
        const id = objectId(n);
        if (id === "Count")
          unit = typeof o.unit === "string" && o.unit.trim() !== "" ? o.unit.trim() : undefined;
        n.keys.forEach((k, j) => {
          // A count is its value; an amount is its amount (its currency and unit go with it).
          if ((id === "Count" && k !== "value") || ((id === "Money" || id === "Amount") && k === "currency"))
            return;
          walk(o[k], n.of[j]!, [...path, k], id, k);
        });
        return;
      }
      case "string":
        if (typeof v !== "string" || isCode(n)) return;
        out.push({ path, kind: dates.has(i) ? "date" : "text", value: v });
        return;
      case "number": {
        if (typeof v !== "number") return;
        const kind: FactLeafKind =
          owner === "Count"
            ? "count"
            : (owner === "Money" || owner === "Amount") && key === "amount"
              ? "money"
              : "number";
        out.push(
          kind === "count" && unit !== undefined ? { path, kind, value: v, unit } : { path, kind, value: v },
        );
        return;
      }
      default:
        return; // enum, literal, boolean: the renderer's own words
    }
  };
  walk(value, node, [], undefined, "");
  return out;
}

/** A number written in a narrative. */
export interface NumberToken {
  /** As written: "03", "1.000", "12,5". */
  text: string;
  /** The (up to three) words after it, lower case: "đoàn ra", "lượt người", "các cơ quan". */
  next: string;
  /**
   * Whether it reads as a quantity: not part of a date, a time or a code ("08/5", "149-KH/TU",
   * "09:14"), not a period or a day ("6 tháng đầu năm", "ngày 15", "Quý 2").
   */
  quantity: boolean;
}

/** Words before a number that make it a name, not a quantity ("tháng 5", "ngày 15", "Quý 2"). */
const NAMING_WORDS = new Set(["tháng", "ngày", "quý", "khóa", "khoá", "điều", "mục", "đợt"]);

/** Offsets of the numbers that are part of a date, a time or a code ("16/9/2019", "09:14", "115/KH"). */
function nonQuantities(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])/g)) {
    const [, d, mo, y] = m;
    if (Number(d) < 1 || Number(d) > 31 || Number(mo) < 1 || Number(mo) > 12) continue;
    const at = m.index ?? 0;
    out.add(at).add(at + d!.length + 1);
    if (y !== undefined) out.add(at + d!.length + mo!.length + 2);
  }
  for (const m of text.matchAll(/(?<![\d.,])\d+(?=[/-]\p{L}|[:h]\d\d(?!\d))/gu)) out.add(m.index ?? 0);
  for (const m of text.matchAll(/(?<=\d[:h])\d\d(?!\d)/g)) out.add(m.index ?? 0);
  return out;
}

/** A narrative prepared once for the checks of many leaves. */
export interface NarrativeText {
  /** Lower-case NFC words separated by single spaces, with a space at each end. */
  words: string;
  /** Every number as written ("03", "1.000", "12,5"), with the word after it. */
  numbers: NumberToken[];
  /** Lower-case NFC text with whitespace collapsed (for date patterns). */
  flat: string;
}

const WORDS = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case NFC text with one placement of tone marks: documents write both "hòa" and "hoà",
 * "thỏa" and "thoả", "thụy" and "thuỵ" (old and new placement). The mark goes on the first vowel
 * of "oa", "oe", "uy" here, for the narrative and the fact alike.
 */
export function canonicalText(s: string): string {
  return s
    .normalize("NFD")
    .toLowerCase()
    .replace(/([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])/g, "$1$3$2")
    .normalize("NFC");
}

/** The words of a canonical text (`canonicalText`), one space between and at each end. */
function wordsOf(canonical: string): string {
  const w = canonical.replace(WORDS, " ").trim();
  return w === "" ? "" : ` ${w} `;
}

/** Up to three words after a number (sticky: read from `lastIndex`). */
const NEXT_WORDS = /[\s%]*(\p{L}+(?:[\s,]+\p{L}+){0,2})/uy;

/** Prepare narrative paragraphs for {@link statedIn}. */
export function narrativeText(paragraphs: readonly string[]): NarrativeText {
  const text = paragraphs.join("\n").normalize("NFC");
  const numbers: NumberToken[] = [];
  const named = nonQuantities(text);
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 24), at);
    // The words right after the number, read in place (no copy of the rest of the text).
    NEXT_WORDS.lastIndex = at + m[0].length;
    const next = (NEXT_WORDS.exec(text)?.[1] ?? "").toLowerCase();
    const prev = (/(\p{L}+)\s*$/u.exec(before)?.[1] ?? "").toLowerCase();
    const quantity = !named.has(at) && !NAMING_WORDS.has(prev) && !next.startsWith("tháng");
    numbers.push({ text: m[0], next, quantity });
  }
  // The whole narrative made canonical once, for its words and flattened.
  const canonical = canonicalText(text);
  return { words: wordsOf(canonical), numbers, flat: canonical.replace(/\s+/g, " ") };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A number as documents write it: "1.000", "12,5", and a count below 10 as "03". */
export function numberForms(n: number): string[] {
  const forms = new Set<string>([String(n)]);
  if (Number.isInteger(n)) {
    forms.add(groupThousands(String(n)));
    if (n < 10) forms.add(`0${n}`);
  } else {
    const [int, frac] = String(n).split(".");
    forms.add(`${groupThousands(int!)},${frac}`);
    forms.add(`${int},${frac}`);
  }
  return [...forms];
}

const SCALES: readonly [number, string][] = [
  [1e12, "nghìn tỷ"],
  [1e9, "tỷ"],
  [1e6, "triệu"],
  [1e3, "nghìn"],
];

/** An amount in a unit word, at 0–3 decimals: 1.5e9 → "1,5" before "tỷ". */
function scaledForms(n: number): { text: string; word: string }[] {
  const out: { text: string; word: string }[] = [];
  for (const [scale, word] of SCALES) {
    if (n < scale) continue;
    for (let d = 0; d <= 3; d++) {
      const x = n / scale;
      const r = Math.round(x * 10 ** d) / 10 ** d;
      if (Math.abs(r - x) / x > 0.05) continue;
      const [int, frac] = r.toFixed(d).split(".");
      const trimmed = frac?.replace(/0+$/, "") ?? "";
      out.push({ text: trimmed === "" ? groupThousands(int!) : `${groupThousands(int!)},${trimmed}`, word });
    }
  }
  return out;
}

/**
 * Whether a date is written: "08/5/2024", "8/5", "08.05.2024", "08-05-2024" (with its year),
 * "08-10/5" (a span of days), "ngày 08 tháng 5 năm 2024". A year written with the day and month
 * must be the date's ("08/5/2023" does not state 2024-05-08); one left out is the document's.
 */
function dateStated(iso: string, flat: string): boolean {
  const [y, m, d] = iso.split("-");
  const mm = m === undefined ? undefined : String(Number(m));
  if (mm === undefined) return new RegExp(`(?<!\\d)${y}(?!\\d)`).test(flat);
  if (d === undefined) return new RegExp(`tháng 0?${mm}(?:\\s*[/-]\\s*|\\s+năm\\s+)${y}(?!\\d)`).test(flat);
  const dd = String(Number(d));
  const sameYear = (written: string | undefined) =>
    written === undefined || written === y || (written.length === 2 && written === y!.slice(2));
  const numeric = new RegExp(
    `(?<![\\d/.-])0?${dd}\\s*([/.-])\\s*0?${mm}(?![\\d])(?:\\s*\\1\\s*(\\d{4}|\\d{2}(?!\\d)))?`,
    "g",
  );
  for (const x of flat.matchAll(numeric)) {
    // "08-05" alone is a span or a code, not a date: a dash wants its year.
    if (x[1] === "-" && x[2] === undefined) continue;
    if (sameYear(x[2])) return true;
  }
  const words = new RegExp(`ngày\\s+0?${dd}\\s+tháng\\s+0?${mm}(?!\\d)(?:\\s+năm\\s+(\\d{4}))?`, "g");
  for (const x of flat.matchAll(words)) if (sameYear(x[1])) return true;
  return new RegExp(`(?<!\\d)0?${dd}\\s*[-–]\\s*\\d{1,2}\\s*/\\s*0?${mm}(?!\\d)`).test(flat);
}

function bigrams(words: string): string[] {
  const w = words.trim().split(" ");
  const out: string[] = [];
  for (let i = 1; i < w.length; i++) out.push(`${w[i - 1]} ${w[i]}`);
  return out;
}

/** The narrative's words and word pairs as sets, built once per narrative on first use. */
const vocabularies = new WeakMap<NarrativeText, { words: Set<string>; pairs: Set<string> }>();

function vocabularyOf(text: NarrativeText): { words: Set<string>; pairs: Set<string> } {
  let v = vocabularies.get(text);
  if (v === undefined) {
    v = { words: new Set(text.words.trim().split(" ")), pairs: new Set(bigrams(text.words)) };
    vocabularies.set(text, v);
  }
  return v;
}

/** Words a narrative may drop or change around a label ("được", "của"…): they carry no fact. */
const FUNCTION_WORDS = new Set(
  "được bị của và các những với cho tại trong về đã đang sẽ có là để theo từ đến trên dưới này đó".split(" "),
);

/**
 * A text is stated when its words occur in the narrative in a row, or, for a text of three
 * words or more, when every word but the function words occurs and three fifths of its word
 * pairs do:
 * documents shorten a list of names ("Lễ hội lồng tồng Tu Đồn …; Khòn Khẻ, …"), write an
 * indicator's label around its figure, and drop an ellipsis or a comma.
 */
function textStated(v: string, text: NarrativeText): boolean {
  // The value made canonical once, for its words and for the flat text.
  const canonical = canonicalText(v);
  const w = wordsOf(canonical);
  if (w === "" || text.words.includes(w) || text.flat.includes(canonical)) return true;
  const pairs = bigrams(w);
  if (pairs.length < 2) return false;
  const vocabulary = vocabularyOf(text);
  // Every word that carries meaning must occur (a name differing in one word, "tỉnh Vân Nam" for
  // "tỉnh Quảng Tây", is another fact), and most word pairs.
  const meaning = w
    .trim()
    .split(" ")
    .filter((x) => !FUNCTION_WORDS.has(x));
  if (!meaning.every((x) => vocabulary.words.has(x))) return false;
  return pairs.filter((p) => vocabulary.pairs.has(p)).length / pairs.length >= 0.6;
}

/**
 * Per narrative (treated as unchanging, like its vocabulary), its numbers by how they are written
 * and the answers already given: a report's rows repeat their countries, dates and texts, and a
 * narrative with appendix tables holds thousands of numbers.
 */
const lookups = new WeakMap<
  NarrativeText,
  { numbers: Map<string, NumberToken[]>; stated: Map<string, boolean> }
>();

function lookupsOf(text: NarrativeText) {
  let l = lookups.get(text);
  if (l === undefined) {
    const numbers = new Map<string, NumberToken[]>();
    for (const x of text.numbers) {
      const same = numbers.get(x.text);
      if (same === undefined) numbers.set(x.text, [x]);
      else same.push(x);
    }
    l = { numbers, stated: new Map() };
    lookups.set(text, l);
  }
  return l;
}

/** Whether the narrative states the leaf's value (see the module's comment). */
export function statedIn(leaf: FactLeaf, text: NarrativeText): boolean {
  const { stated } = lookupsOf(text);
  // The answer depends on the kind, the unit and the value only.
  const key = `${leaf.kind}\u0000${leaf.unit === undefined ? "\u0001" : leaf.unit}\u0000${typeof leaf.value}:${String(leaf.value)}`;
  let answer = stated.get(key);
  if (answer === undefined) {
    answer = valueStated(leaf, text);
    stated.set(key, answer);
  }
  return answer;
}

function valueStated(leaf: FactLeaf, text: NarrativeText): boolean {
  const v = leaf.value;
  if (leaf.kind === "text") return textStated(String(v), text);
  if (leaf.kind === "date") return dateStated(String(v), text.flat);
  const n = Number(v);
  // A zero count or amount is stated by a written 0 or by the narrative's "không"/"chưa".
  if (n === 0) return text.numbers.some((x) => /^0+$/.test(x.text)) || / (không|chưa) /.test(text.words);
  // A count with a unit is written with it ("06 đoàn", "87 lượt người"); a year may follow "năm".
  const unit =
    leaf.unit === undefined ? undefined : /\p{L}+/u.exec(leaf.unit.normalize("NFC").toLowerCase())?.[0];
  const year = Number.isInteger(n) && n >= 1900 && n <= 2100;
  const written = lookupsOf(text).numbers;
  // The numbers written as `form` that read as quantities (any, for a year).
  const as = (form: string) => (written.get(form) ?? []).filter((x) => x.quantity || year);
  const withUnit = (x: NumberToken) =>
    unit === undefined || ` ${x.next.replace(/,/g, " ")} `.includes(` ${unit} `);
  if (numberForms(n).some((f) => as(f).some(withUnit))) return true;
  if (leaf.kind !== "money" && leaf.kind !== "number") return false;
  return scaledForms(n).some((f) => as(f.text).some((x) => x.next.startsWith(f.word)));
}

/**
 * A count of one beside a stated name ("Điểm tham quan “Bãi đá nhảy”, xã Điềm He" as one part
 * of "04 điểm") is stated by the name: documents do not write "01" before each named item.
 */
function namedOne(l: FactLeaf, leaves: readonly FactLeaf[], stated: readonly boolean[]): boolean {
  if (l.kind !== "count" || l.value !== 1) return false;
  const owner = l.path.slice(0, -2).join("\u0000");
  return leaves.some(
    (o, i) =>
      stated[i] === true &&
      o.kind === "text" &&
      o.path.length === l.path.length - 1 &&
      o.path.slice(0, -1).join("\u0000") === owner,
  );
}

/** A fact that the narrative does not state: its unit's path and its leaves not found. */
export interface UnstatedFact {
  /** Path of the unit inside the facts ("delegations", 2 / "totals"). */
  path: IssuePath;
  leaves: FactLeaf[];
}

/**
 * The facts of `facts` (valid at IR node `node`) that `narrative` does not state, unit by unit
 * (a top-level value, or one item of a top-level list), and the facts left to write after the
 * narrative (`undefined` when it states them all). A list is written whole when the narrative
 * leaves any of its items unstated, with the figures beside it (its totals, the year compared
 * with): sentences on part of a list would read as the whole ("có 01 đoàn ra" of two). An
 * indicator is a figure of its own: only the indicators left unstated are written.
 */
export function unstatedFacts(
  facts: object,
  node: number,
  narrative: readonly string[],
  ir: ModelIr = MODEL_IR,
): { unstated: UnstatedFact[]; rest: Record<string, unknown> | undefined } {
  const text = narrativeText(narrative);
  const unstated: UnstatedFact[] = [];
  const shape = ir.nodes[unwrap(node, ir)];
  if (shape?.t !== "object") return { unstated, rest: undefined };
  const f = facts as Record<string, unknown>;
  const lists: Record<string, unknown> = {};
  const figures: Record<string, unknown> = {};
  const others: Record<string, unknown> = {};
  const check = (x: unknown, at: number, path: IssuePath): boolean => {
    const leaves = factLeaves(x, at, ir);
    const stated = leaves.map((l) => statedIn(l, text));
    const missing = leaves
      .filter((l, i) => !stated[i] && !namedOne(l, leaves, stated))
      .map((l) => ({ ...l, path: [...path, ...l.path] }));
    if (missing.length > 0) unstated.push({ path, leaves: missing });
    return missing.length > 0;
  };
  shape.keys.forEach((k, j) => {
    const v = f[k];
    if (v === undefined) return;
    const kid = unwrap(shape.of[j]!, ir);
    const kn = ir.nodes[kid];
    if (kn?.t === "array" && Array.isArray(v)) {
      const left = v.map((x, i) => check(x, kn.of, [k, i]));
      // An indicator is a figure of its own (one clause each, nothing counted over the list).
      if (objectId(ir.nodes[unwrap(kn.of, ir)] ?? { t: "boolean" }) === "Indicator") {
        const own = v.filter((_, i) => left[i]);
        if (own.length > 0) figures[k] = others[k] = own;
      } else if (left.some(Boolean)) lists[k] = v;
    } else {
      figures[k] = v;
      if (check(v, kid, [k])) others[k] = v;
    }
  });
  const rest = Object.keys(lists).length > 0 ? { ...figures, ...lists } : others;
  return { unstated, rest: Object.keys(rest).length > 0 ? orderedAs(f, rest) : undefined };
}

/** `part`'s keys in the order of `whole`. */
function orderedAs(whole: Record<string, unknown>, part: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(whole)) if (k in part) out[k] = part[k];
  return out;
}
