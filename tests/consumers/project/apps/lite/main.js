// (a) `validate` from the light entry; English registered by the page when first needed.
import { registerLanguage, validate } from "@doingoai/core/lite";

const before = validate(null, { lang: "en" }).issues[0].message; // Vietnamese until English is registered
import("@doingoai/core/locales/en").then(({ EN }) => {
  registerLanguage("en", EN);
  const issues = validate({ kind: "report" }, { lang: "en" }).issues;
  window.__result = {
    before,
    english: validate(null, { lang: "en" }).issues[0].message,
    messages: issues.map((i) => i.message),
  };
});
