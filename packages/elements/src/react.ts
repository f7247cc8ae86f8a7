// Generated from custom-elements.json by scripts/element-types.mjs: do not edit.

/**
 * React 19 JSX types of the tags: `import type {} from "@doingoai/elements/react"` once in the app.
 * Attributes and properties (React 19 sets a prop as a property when the element has one) and
 * events as `on<event-name>` (React 19 adds a listener for the name after `on`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { DoingoaiDocumentForm } from "./components/document-form/document-form.component";
import type { DoingoaiPreview } from "./components/preview/preview.component";
import type { DoingoaiSectionForm } from "./components/section-form/section-form.component";
import type {
  DoingoaiDocumentFormAttributes,
  DoingoaiDocumentFormEvents,
  DoingoaiDocumentFormProperties,
  DoingoaiPreviewAttributes,
  DoingoaiPreviewEvents,
  DoingoaiPreviewProperties,
  DoingoaiSectionFormAttributes,
  DoingoaiSectionFormEvents,
  DoingoaiSectionFormProperties,
} from "./generated/elements";

type Handlers<E> = { [K in keyof E as `on${K & string}`]?: (event: E[K]) => void };
type Props<C, A, P, E> = Omit<DetailedHTMLProps<HTMLAttributes<C>, C>, keyof A | keyof P> &
  A &
  P &
  Handlers<E>;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "doingoai-document-form": Props<
        DoingoaiDocumentForm,
        DoingoaiDocumentFormAttributes,
        DoingoaiDocumentFormProperties,
        DoingoaiDocumentFormEvents
      >;
      "doingoai-preview": Props<
        DoingoaiPreview,
        DoingoaiPreviewAttributes,
        DoingoaiPreviewProperties,
        DoingoaiPreviewEvents
      >;
      "doingoai-section-form": Props<
        DoingoaiSectionForm,
        DoingoaiSectionFormAttributes,
        DoingoaiSectionFormProperties,
        DoingoaiSectionFormEvents
      >;
    }
  }
}
