// React 19 TSX with every tag, attribute and event, typed by `@doingoai/elements/react` alone.
import type { Document, Issue } from "@doingoai/core";
import type { DoingoaiDocumentForm, DoingoaiPreview, DoingoaiSectionForm } from "@doingoai/elements";
import type {} from "@doingoai/elements/react";
import { useRef } from "react";

export function App({ doc }: { doc: Document }) {
  const form = useRef<DoingoaiDocumentForm>(null);
  const section = useRef<DoingoaiSectionForm>(null);
  const preview = useRef<DoingoaiPreview>(null);
  const seen: Issue[] = [];
  return (
    <>
      <doingoai-document-form
        ref={form}
        kind="plan"
        lang="en"
        name="document"
        autosave-key="k"
        no-preview
        disabled={false}
        value={doc}
        ondoingoai-change={(e) => e.detail.value.kind}
        ondoingoai-submit={(e) => e.detail.document.frame}
        ondoingoai-invalid={(e) => seen.push(...e.detail.issues)}
      />
      <doingoai-section-form
        ref={section}
        section="frame"
        kind="report"
        name="frame"
        ondoingoai-change={(e) => console.log(e.detail.value)}
        ondoingoai-invalid={(e) => e.detail.issues.length}
      />
      <doingoai-preview ref={preview} lang="vi" delay={200} document={doc} />
      {/* @ts-expect-error: not a kind of document */}
      <doingoai-document-form kind="not-a-kind" />
      {/* @ts-expect-error: the detail of doingoai-submit has no `value` */}
      <doingoai-document-form ondoingoai-submit={(e) => e.detail.value} />
    </>
  );
}

const el: DoingoaiDocumentForm = document.createElement("doingoai-document-form");
el.addEventListener("doingoai-invalid", (e) => e.detail.issues.map((i) => i.code));
// @ts-expect-error: not a kind of document
el.kind = "not-a-kind";
