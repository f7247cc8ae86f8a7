// TypeScript, `node16` resolution, ESM: every entry's types resolve and mean what they say.
import { type Document, type Issue, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { registerLanguage, validate as validateLite } from "@doingoai/core/lite";
import { EN } from "@doingoai/core/locales/en";
import { DoingoaiDocumentForm, define } from "@doingoai/elements";
import { renderHtml } from "@doingoai/render";
import { renderDocx } from "@doingoai/render/docx";
import { renderHtml as html2 } from "@doingoai/render/html";
import "@doingoai/elements/define";

registerLanguage("en", EN);
const r = validate(example("ke-hoach-2024-xa-binh-thanh"), { lang: "en" });
const issues: Issue[] = validateLite(null).issues;
if (r.ok) {
  const doc: Document = r.value;
  const bytes = await renderDocx(doc);
  const blob: Blob = new Blob([bytes], { type: "application/octet-stream" });
  const page: string = renderHtml(doc) + html2(doc);
  console.log(blob.size, page.length, issues.length);
}
define(customElements);
const el: DoingoaiDocumentForm = new DoingoaiDocumentForm();
console.log(el);
