/**
 * The English language pack (labels and messages). Importing this module registers nothing:
 * `@doingoai/core` registers it itself; with `@doingoai/core/lite`, call
 * `registerLanguage("en", EN)` when English is first needed (see `i18n.ts`).
 */
import type { LanguagePack } from "../i18n";
import { en } from "../labels/en";
import { MESSAGES_EN } from "../validate/messages-en";

export const EN: LanguagePack = { labels: en, messages: MESSAGES_EN };
