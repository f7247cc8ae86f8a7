/**
 * Languages: Vietnamese is always there; other languages are packs registered at run time.
 * `@doingoai/core` registers English when it loads; the light entry `@doingoai/core/lite`
 * (used by the browser bundle of the web components) does not, and a page loads English with
 * `import("@doingoai/core/locales/en")` only when a component asks for it.
 */
import type { LabelTable } from "./labels/types";
import { vi } from "./labels/vi";
import { MESSAGES_VI, type Msg } from "./validate/messages";

export type Lang = "vi" | "en";

export interface LanguagePack {
  labels: LabelTable;
  messages: Record<string, Msg>;
}

const packs: Partial<Record<Lang, LanguagePack>> = {};

/** Register (or replace) the pack of a language. */
export function registerLanguage(lang: Lang, pack: LanguagePack): void {
  packs[lang] = pack;
}

/** Whether a language's pack is loaded (Vietnamese always is). */
export function hasLanguage(lang: Lang): boolean {
  return lang === "vi" || packs[lang] !== undefined;
}

let viPack: LanguagePack | undefined;

/** The pack of `lang`, or Vietnamese when that language is not loaded. */
export function languagePack(lang: Lang): LanguagePack {
  const p = packs[lang];
  if (p) return p;
  viPack ??= { labels: vi, messages: MESSAGES_VI };
  return viPack;
}
