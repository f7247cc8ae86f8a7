/**
 * Languages: Vietnamese is always there; other languages are packs registered at run time by a
 * call in the user's code path, never by importing a module that registers itself:
 *
 * - `@doingoai/core` (the main entry) calls `registerLanguage("en", EN)` in `index.ts`, the one
 *   module its `package.json` lists in `"sideEffects"`, so no bundler drops the call;
 * - with `@doingoai/core/lite`, the page calls it itself:
 *   `registerLanguage("en", (await import("@doingoai/core/locales/en")).EN)`.
 *
 * This module imports no message table, so it has no import cycle with `validate/messages.ts`:
 * the Vietnamese messages are the fallback of `message()` itself.
 */
import type { LabelTable } from "./labels/types";
import { vi } from "./labels/vi";

export type Lang = "vi" | "en";

/** A message of an issue code: the field's label and the params → the text. */
type Message = (field: string, params: Record<string, unknown>) => string;

export interface LanguagePack {
  labels: LabelTable;
  messages: Record<string, Message>;
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

/** Built-in: the Vietnamese labels; no message overrides (`message()` falls back to Vietnamese). */
const BUILT_IN: LanguagePack = { labels: vi, messages: {} };

/** The registered pack of `lang`, or the built-in Vietnamese one when that language is not loaded. */
export function languagePack(lang: Lang): LanguagePack {
  return packs[lang] ?? BUILT_IN;
}
