/**
 * `import "@doingoai/elements/define"` registers the three tags in the global registry (the one
 * module of the package with a side effect, listed in `"sideEffects"`). To register without side
 * effects, or in another registry, call `define(registry?)` from `@doingoai/elements`.
 */
import { define } from "./tags";

define();

export { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
export { DoingoaiPreview } from "./components/preview/preview.component";
export { DoingoaiSectionForm } from "./components/section-form/section-form.component";
export { define, TAGS } from "./tags";
