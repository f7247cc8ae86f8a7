/**
 * An option of a closed list from the words a person wrote for it (a pasted cell): its code, its
 * label in Vietnamese or in English (core's enum labels, the one source; English once its pack is
 * loaded), or the few words documents use that are not a label ("Đi", "Đến"). Read without case,
 * diacritics or punctuation ("doan ra", "ĐOÀN RA"), and by its words where only one option has
 * them ("ra" is "Đoàn ra"; "Dự án" is the project, not "Phi dự án"). Never a guess between two.
 */
import { enumLabel, type Lang } from "@doingoai/core/ui";
import type { SelectField } from "./fields";
import { nodeOf, unwrap } from "./schema";

/** Text without case, diacritics (đ as d) or punctuation, NFC or not: "Đoàn  ra." → "doan ra". */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Words Vietnamese tables write for an enum value that are not its label, by enum id and value
 * (`pick.test.ts` checks each names a value of the model).
 */
export const OPTION_WORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Direction: { outbound: ["Đi", "Đoàn đi", "Xuất cảnh"], inbound: ["Đến", "Đoàn đến", "Nhập cảnh"] },
  InvestmentKind: { "overseas-vietnamese": ["Kiều bào", "Việt kiều"] },
  AgreementKind: { memorandum: ["MOU", "Bản ghi nhớ"] },
};

const LANGS: readonly Lang[] = ["vi", "en"];

/** The names of each option of `f`: its value, its labels, the words of `OPTION_WORDS`. */
function namesOf(f: SelectField): { value: string; names: string[] }[] {
  const n = nodeOf(unwrap(f.schema).schema);
  const enumId = n.t === "enum" ? n.id : undefined;
  return f.options.map((o) => ({
    value: o.value,
    names: [
      o.value,
      o.label,
      ...(enumId ? LANGS.map((l) => enumLabel(enumId, o.value, l)) : []),
      ...((enumId && OPTION_WORDS[enumId]?.[o.value]) || []),
    ],
  }));
}

const wordsOf = (s: string) => new Set(fold(s).split(" ").filter(Boolean));
const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

/** The one value among `candidates`, or undefined when there is none or more than one. */
function one(candidates: string[]): string | undefined {
  const set = new Set(candidates);
  return set.size === 1 ? [...set][0] : undefined;
}

/** The value of the option of `f` that `text` names, or undefined (none, or not one alone). */
export function matchOption(f: SelectField, text: string): string | undefined {
  const key = fold(text);
  if (!key) return undefined;
  const options = namesOf(f);
  // 1. A name as written.
  const exact = one(options.filter((o) => o.names.some((x) => fold(x) === key)).map((o) => o.value));
  if (exact !== undefined) return exact;
  // 2. Words of one option's name only ("ra" → "Đoàn ra", "ký" → "Đã ký").
  const words = wordsOf(text);
  const part = one(options.filter((o) => o.names.some((x) => within(words, wordsOf(x)))).map((o) => o.value));
  if (part !== undefined) return part;
  // 3. A name among more words ("Đoàn ra nước ngoài"): the longest such name, if one option has it.
  let best = 0;
  let found: string[] = [];
  for (const o of options)
    for (const x of o.names) {
      const w = wordsOf(x);
      if (!within(w, words)) continue;
      if (w.size > best) [best, found] = [w.size, [o.value]];
      else if (w.size === best) found.push(o.value);
    }
  return one(found);
}
