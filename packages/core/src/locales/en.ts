/**
 * The English language pack. Importing this module registers it: `@doingoai/core` does so
 * itself; with `@doingoai/core/lite`, import it when English is first needed.
 */
import { type LanguagePack, registerLanguage } from "../i18n";
import { en } from "../labels/en";
import { MESSAGES_EN } from "../validate/messages-en";

export const EN: LanguagePack = { labels: en, messages: MESSAGES_EN };
registerLanguage("en", EN);
