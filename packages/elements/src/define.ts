/**
 * Registers the tags. Idempotent: a tag already registered by the same class is skipped; a tag
 * owned by another class (another copy or version of this package from a second bundle — normal
 * on a portal page) is left alone with a console warning. Never throws.
 */
import { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
import { DoingoaiPreview } from "./components/preview/preview.component";
import { DoingoaiSectionForm } from "./components/section-form/section-form.component";

export const TAGS = {
  "doingoai-document-form": DoingoaiDocumentForm,
  "doingoai-section-form": DoingoaiSectionForm,
  "doingoai-preview": DoingoaiPreview,
} as const;

/** Register the three tags in `registry` (the global one by default). */
export function define(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  for (const [tag, cls] of Object.entries(TAGS)) {
    const owner = registry.get(tag);
    if (owner === cls) continue;
    if (owner) {
      console.warn(
        `[doingoai] <${tag}> is already defined by another class (another copy or version of @doingoai/elements); keeping that one.`,
      );
      continue;
    }
    try {
      registry.define(tag, cls);
    } catch (err) {
      console.warn(`[doingoai] <${tag}> could not be defined:`, err);
    }
  }
}

define();

export { DoingoaiDocumentForm, DoingoaiPreview, DoingoaiSectionForm };
