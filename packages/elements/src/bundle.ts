/**
 * The single-file browser bundle (`dist/doingoai-elements.min.js`): the classes, and the tags
 * registered on load. The DOCX writer, the HTML preview writer and the English texts
 * (`lang-en.js`) are separate files loaded on first use.
 */
import { define } from "./tags";

define();

export { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
export { DoingoaiPreview } from "./components/preview/preview.component";
export { DoingoaiSectionForm } from "./components/section-form/section-form.component";
export { loadLanguage } from "./strings/strings";
export { define, TAGS } from "./tags";
