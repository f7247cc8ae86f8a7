// Generated from custom-elements.json by scripts/element-types.mjs: do not edit.

/**
 * Vue 3 template types of the tags: `import type {} from "@doingoai/elements/vue"` once in the app
 * (and `isCustomElement: (tag) => tag.startsWith("doingoai-")` in the compiler options).
 */
import type { DefineComponent } from "vue";
import type {
  DoingoaiDocumentFormEvents,
  DoingoaiDocumentFormProperties,
  DoingoaiPreviewEvents,
  DoingoaiPreviewProperties,
  DoingoaiSectionFormEvents,
  DoingoaiSectionFormProperties,
} from "./generated/elements";

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
type Handlers<E> = { [K in keyof E as `on${Capitalize<Camel<K & string>>}`]?: (event: E[K]) => void };

declare module "vue" {
  interface GlobalComponents {
    "doingoai-document-form": DefineComponent<
      DoingoaiDocumentFormProperties & Handlers<DoingoaiDocumentFormEvents> & { disabled?: string | boolean }
    >;
    "doingoai-preview": DefineComponent<DoingoaiPreviewProperties & Handlers<DoingoaiPreviewEvents>>;
    "doingoai-section-form": DefineComponent<
      DoingoaiSectionFormProperties & Handlers<DoingoaiSectionFormEvents> & { disabled?: string | boolean }
    >;
  }
}
