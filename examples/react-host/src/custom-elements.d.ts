/**
 * Teach TypeScript's JSX about the doingoai tags (React 19 reads `React.JSX`).
 * Attributes only: objects such as `value` go through a ref (see DocumentForm.tsx).
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";

type Base = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

interface DoingoaiFormAttributes extends Base {
  name?: string;
  lang?: "vi" | "en";
  "autosave-key"?: string;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "doingoai-document-form": DoingoaiFormAttributes & { kind?: "report" | "plan" | "conclusion-notice" };
      "doingoai-section-form": DoingoaiFormAttributes & { section: string };
      "doingoai-preview": Base & { lang?: "vi" | "en" };
    }
  }
}
