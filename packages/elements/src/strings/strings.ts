/**
 * Every text the elements show that is not a field label (labels come from core's label tables)
 * nor a validation message (core `validate(…, { lang })`). Vietnamese is built in; English is in
 * `en.ts`, loaded with core's English pack by `loadLanguage("en")` when a component has
 * `lang="en"` (until it arrives, the component shows Vietnamese). `strings.test.ts` checks that
 * both languages have the same keys and the same placeholders.
 */
import { enumLabel, type Lang, registerLanguage } from "@doingoai/core/ui";
import { type StringKey, STRINGS_VI as vi } from "./vi";

export type { StringKey };

/** The strings of each loaded language (English once `loadLanguage("en")` has resolved). */
export const STRINGS: { vi: Record<StringKey, string> } & Partial<Record<Lang, Record<StringKey, string>>> = {
  vi,
};

/** `format("Đã hoàn thành {done}/{total} phần", { done: 3, total: 14 })`. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The text of `key` in `lang`, with its placeholders filled. */
export function t(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  return format((STRINGS[lang] ?? vi)[key], params);
}

/**
 * Whether an enum value is shown as it is: the document's own words ("Công văn", "Theo") and
 * acronyms ("FDI") start with a capital; lower-case codes ("outbound") need a label.
 */
export function isVerbatimOption(value: string): boolean {
  return /^\p{Lu}/u.test(value);
}

/**
 * The label of an enum value, from core's table by the enum's schema id (`enumId` from the
 * model IR): the reporting frequency "year" is "Hằng năm", the period span "year" is "Năm".
 */
export function optionLabel(enumId: string | undefined, value: string, lang: Lang): string {
  return enumLabel(enumId, value, lang);
}

/** The language an element asks for: its `lang`, else the nearest ancestor's (`en…` is English). */
export function langOf(el: HTMLElement): Lang {
  const own = el.lang || el.parentElement?.closest("[lang]")?.getAttribute("lang") || "vi";
  return own.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** `lang` when its texts are loaded, Vietnamese until then. */
export const shownLang = (lang: Lang): Lang => (STRINGS[lang] ? lang : "vi");

let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

/**
 * Load a language for the whole page, once: core's pack (labels, messages) and the strings of
 * the elements. `arrived` runs when it has loaded, also when that happens through a later call
 * (a failed load is tried again on the next call). Vietnamese is always there.
 */
export function loadLanguage(lang: Lang, arrived?: () => void): Promise<void> {
  if (STRINGS[lang]) return Promise.resolve();
  if (arrived) waiting.add(arrived);
  loading ??= import("./en").then(
    (m) => {
      // Core's pack registers nothing on import: this call is what makes English available.
      registerLanguage("en", m.EN);
      STRINGS.en = m.STRINGS_EN;
      for (const f of waiting) f();
      waiting.clear();
    },
    (err) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/**
 * Ask for the language of a component: undefined when it is there, else a promise (never
 * rejected) that settles once it has loaded or failed; `arrived` re-renders the component.
 */
export function requestLanguage(el: HTMLElement, arrived: () => void): Promise<void> | undefined {
  const lang = langOf(el);
  return STRINGS[lang] ? undefined : loadLanguage(lang, arrived).catch(() => {});
}
