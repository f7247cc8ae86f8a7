/**
 * The tags and `define(registry?)`, without side effects: importing this module (or the package's
 * main entry, which re-exports it) registers nothing. `@doingoai/elements/define` calls `define()`.
 */
import { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
import { DoingoaiPreview } from "./components/preview/preview.component";
import { DoingoaiSectionForm } from "./components/section-form/section-form.component";

export const TAGS = {
  "doingoai-document-form": DoingoaiDocumentForm,
  "doingoai-section-form": DoingoaiSectionForm,
  "doingoai-preview": DoingoaiPreview,
} as const;

/**
 * Register the three tags in `registry` (the global one by default). Idempotent: a tag already
 * registered by the same class is skipped; a tag owned by another class (another copy or version
 * of this package from a second bundle — normal on a portal page) is left alone with a console
 * warning. Never throws.
 */
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

// The tag and event types (`HTMLElementTagNameMap`, `HTMLElementEventMap`) come with the tags.
export type * from "./generated/elements";
