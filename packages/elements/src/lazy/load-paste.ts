/**
 * The code of rows pasted from a table is loaded on first use (`paste.ts`, see there): a paste
 * that may be a table is taken from the browser at once (its text read from the clipboard while
 * the event lasts) and filled in when the code has arrived, with the page's languages handed
 * over. A failed load is tried again on the next paste.
 */
import { hasLanguage, type Lang, languagePack } from "@doingoai/core/ui";
import { STRINGS } from "../strings/strings";

type Paste = typeof import("./paste");
let loading: Promise<Paste> | undefined;

export async function loadPaste(): Promise<Paste> {
  loading ??= import("./paste").catch((err) => {
    loading = undefined;
    throw err;
  });
  const m = await loading;
  for (const lang of Object.keys(STRINGS) as Lang[])
    m.adopt(lang, STRINGS[lang]!, hasLanguage(lang) ? languagePack(lang) : undefined);
  return m;
}

/**
 * Whether a paste into the field at `path` may be rows of a table: the field is in a row of a
 * list, and the clipboard holds an HTML table or text with tabs or several lines (what
 * `tableFromClipboard` reads). Anything else is pasted at once, without loading the code.
 */
export function mayBeRows(path: string, text: string, html: string): boolean {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  return /\.\d+(\.|$)/.test(path) && (/<table[\s>]/i.test(html) || /[\t\n]/.test(lines));
}
