/**
 * @doingoai/core/ui — what a user interface needs to show and edit a document, without
 * validating it: the model IR, labels, limits, the language registry, words of dates, the
 * indicator catalogue and draft migration. Every export is also an export of
 * `@doingoai/core/lite` (the same modules: one copy of each on a page; tested).
 *
 * Why a second entry: a page that shows the form at once and loads validation on first use
 * (`import()` of `validate`) should get two chunks from any bundler. Rollup, Vite and webpack
 * tree-shake a barrel export by export, but esbuild assigns whole files to chunks: every file a
 * barrel imports that some chunk uses lands in the chunk of whoever imports the barrel. Through
 * `lite` the form's first chunk would carry validation (about 18 KB gzip more under esbuild);
 * through `ui` it carries only what the form shows. This entry imports no barrel of core.
 */

export { INDICATOR_KEYS, INDICATORS } from "./areas/indicators";
export { reportFromRequest } from "./consolidate/request";
export { dayText, monthText } from "./format/dates";
export { MODEL_IR } from "./generated/ir";
export { hasLanguage, type Lang, type LanguagePack, languagePack, registerLanguage } from "./i18n";
export { areaLabel, enumLabel, fieldHint, fieldLabel, kindLabel, labelTable } from "./labels";
export type { AreaId } from "./model/areas";
export type { Document, DocumentKind, RequestDocument } from "./model/document";
export { LIMITS } from "./model/limits";
export { migrate } from "./model/migrate";
export type { IrNode, ModelIr } from "./schema/ir";
export type { Issue, IssuePath, Severity } from "./validate/issues";
