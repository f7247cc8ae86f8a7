// TypeScript, `bundler` resolution: the entries a browser app imports, and the elements' tag types.

import type { Document, ValidationResult } from "@doingoai/core";
import { registerLanguage, validate } from "@doingoai/core/lite";
import { type DoingoaiDocumentForm, define } from "@doingoai/elements";
import type {} from "@doingoai/elements/bundle";
import { renderDocx } from "@doingoai/render/docx";

define();
import("@doingoai/core/locales/en").then(({ EN }) => registerLanguage("en", EN));
const r: ValidationResult<Document> = validate(null, { lang: "en" });
if (r.ok) renderDocx(r.value).then((bytes) => new Blob([bytes]));
const form = document.createElement("doingoai-document-form");
const typed: DoingoaiDocumentForm = form;
console.log(typed);
