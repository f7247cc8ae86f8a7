/**
 * @doingoai/core — the domain model of foreign-affairs work documents (công tác đối ngoại)
 * under Nghị định 30/2020: schemas, validation, labels, Vietnamese formatting, JSON Schema.
 * Vietnamese and English are both loaded (see `@doingoai/core/lite` for a lighter entry).
 *
 * This is the package's one module with side effects (listed in `"sideEffects"` of its
 * `package.json`, so that no bundler drops them): it registers English and installs the
 * generated fast path of validation. Everything else is re-exported from side-effect-free modules.
 */
import { registerLanguage } from "./i18n";
import { en } from "./labels/en";
import type { LabelTable } from "./labels/types";
import { vi } from "./labels/vi";
import { EN } from "./locales/en";
import { generateChecks } from "./validate/codegen";
import { useCheckGenerator } from "./validate/interpret";
import { MESSAGES_VI, type Msg } from "./validate/messages";
import { MESSAGES_EN } from "./validate/messages-en";

registerLanguage("en", EN);
useCheckGenerator(generateChecks);

/** The label tables of both languages. */
export const LABELS: Record<"vi" | "en", LabelTable> = { vi, en };
/** The messages of every issue code in both languages. */
export const MESSAGES: Record<"vi" | "en", Record<string, Msg>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

export * from "./consolidate";
export * from "./lite";
export { EN } from "./locales/en";
