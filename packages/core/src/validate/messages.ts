/**
 * Messages of every issue code in Vietnamese and English. They are our own, built from the
 * field's label; zod's global locale is never used (a portal may show two languages at once).
 */

import { languagePack } from "../i18n";
import type { Lang } from "../labels";
import { isIssueCode, MESSAGES_VI } from "./messages-vi";

export { type IssueCode, isIssueCode, list, MESSAGES_VI, type Msg } from "./messages-vi";

type Params = Record<string, unknown>;

/** The message of `code` for the field labelled `field`. Unknown codes fall back to the code. */
export function message(code: string, field: string, params: Params, lang: Lang): string {
  const m = languagePack(lang).messages[code] ?? (isIssueCode(code) ? MESSAGES_VI[code] : undefined);
  return m ? m(field, params) : `${field}: ${code}`;
}
