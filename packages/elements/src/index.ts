/**
 * @doingoai/elements — Lit web components to write foreign-affairs work documents in any portal.
 * This entry has no side effects (no tag is registered): call `define(registry?)` or import
 * `@doingoai/elements/define` to register `<doingoai-document-form>`, `<doingoai-section-form>`
 * and `<doingoai-preview>`.
 */
export { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
export { DoingoaiPreview } from "./components/preview/preview.component";
export { DoingoaiSectionForm } from "./components/section-form/section-form.component";
export type * from "./generated/elements";
export type { Field, Option } from "./model/fields";
export { emptyOf, fieldsOf } from "./model/fields";
export { type Section, sectionsOf } from "./model/sections";
export { type Progress, progressOf, type SectionStatus, sectionStatus } from "./model/status";
export {
  type Draft,
  type DraftStorage,
  localStorageAdapter,
  memoryStorage,
  openDraft,
} from "./storage/drafts";
export { loadLanguage, STRINGS, type StringKey } from "./strings/strings";
export { define, TAGS } from "./tags";
