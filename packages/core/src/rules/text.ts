/**
 * Text rules: text that prints as nothing, or not as it reads.
 * - a name or a subject needs a visible letter (`text.no-letters`, error);
 * - any other text needs a visible character (`text.invisible`, error); free-table cells,
 *   which may be blank, are not checked;
 * - bidi controls anywhere (`text.bidi-control`) and words mixing Latin with Cyrillic or Greek
 *   look-alikes in names (`text.mixed-scripts`) are warnings.
 */
import { hasBidiControl, hasLetter, hasVisibleText, mixedScripts } from "../text/visible";
import type { ObjectRule, RuleContext } from "./context";

/** Keys whose text names someone or something and must have letters. */
const LETTER_KEYS = new Set(["name", "subject", "signer"]);
/** Keys whose text names someone or something (checked for look-alike letters). */
const NAME_KEYS = new Set(["name", "signer", "onBehalfOf", "title", "organization", "issuer"]);

function checkText(s: string, key: string, path: (string | number)[], { report }: RuleContext): void {
  if (s.length === 0) return;
  if (LETTER_KEYS.has(key) ? !hasLetter(s) : !hasVisibleText(s)) {
    report(LETTER_KEYS.has(key) ? "text.no-letters" : "text.invisible", path, "error");
    return;
  }
  if (hasBidiControl(s)) report("text.bidi-control", path, "warning");
  if (NAME_KEYS.has(key)) {
    const mixed = mixedScripts(s);
    if (mixed) report("text.mixed-scripts", path, "warning", mixed);
  }
}

export const textPrints: ObjectRule = {
  visit(o, path, _key, ctx) {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === "string") checkText(v, k, [...path, k], ctx);
      else if (Array.isArray(v) && k !== "rows")
        for (let i = 0; i < v.length; i++) {
          const s = v[i];
          if (typeof s === "string") checkText(s, k, [...path, k, i], ctx);
        }
    }
  },
};
