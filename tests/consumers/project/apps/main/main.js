// (b) the main entries: core (English built in, zod schemas) and render (HTML writer).
import { Document, fieldLabel, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { renderHtml } from "@doingoai/render";

const doc = example("ke-hoach-2024-xa-binh-thanh");
const valid = validate(doc);
window.__result = {
  english: validate(null, { lang: "en" }).issues[0].message,
  messages: validate({ kind: "report" }, { lang: "en" }).issues.map((i) => i.message),
  label: fieldLabel("members", "Delegation", "en"),
  zodParses: Document.safeParse(doc).success,
  html: valid.ok ? renderHtml(valid.value).length : 0,
};
