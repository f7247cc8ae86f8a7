/**
 * The single-file browser bundle (`dist/doingoai-elements.min.js`): the classes, and the tags
 * registered on load. The DOCX writer, the HTML preview writer and the English texts
 * (`lang-en.js`) are separate files loaded on first use.
 */
export { DoingoaiDocumentForm, DoingoaiPreview, DoingoaiSectionForm, define, TAGS } from "./define";
export { loadLanguage } from "./strings/strings";
