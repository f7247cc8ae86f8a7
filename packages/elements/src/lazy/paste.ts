/**
 * Rows pasted from a table (Excel, Word), loaded on the first paste of a table into a row by
 * `load-paste.ts`: `paste-rows.js` next to the browser bundle (see tsup.config.ts), a chunk of
 * its own in an app's bundler build. In the browser bundle this file carries its own copies of
 * the elements' strings and of core's language registry: `adopt` gives it the page's languages
 * (in an npm build they are the same modules, and `adopt` changes nothing).
 */
import { hasLanguage, type Lang, type LanguagePack, registerLanguage } from "@doingoai/core/ui";
import { STRINGS, type StringKey } from "../strings/strings";

export { noteFieldOf, pasteAsRows } from "../components/form/paste-rows";

/** The page has `lang`: its strings, and core's pack when the page has registered one. */
export function adopt(lang: Lang, strings: Record<StringKey, string>, pack: LanguagePack | undefined): void {
  STRINGS[lang] ??= strings;
  if (pack && !hasLanguage(lang)) registerLanguage(lang, pack);
}
