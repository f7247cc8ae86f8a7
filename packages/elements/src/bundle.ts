/**
 * The single-file browser bundle (`dist/doingoai-elements.min.js`): the classes, and the tags
 * registered on load. The DOCX writer and the HTML preview writer are separate files loaded on
 * first use.
 */
export { DoingoaiDocumentForm, DoingoaiPreview, DoingoaiSectionForm, define, TAGS } from "./define";
