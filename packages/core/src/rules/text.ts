/**
 * Text rules: text that prints as nothing, or not as it reads.
 * - a name or a subject needs a visible letter (`text.no-letters`, error);
 * - any other text needs a visible character (`text.invisible`, error); free-table cells,
 *   which may be blank, are not checked;
 * - in names (and the subject), bidi controls (`text.bidi-control`: they can show a name
 *   reversed) and words mixing Latin with Cyrillic or Greek look-alikes (`text.mixed-scripts`)
 *   are warnings.
 */
import { hasBidiControl, hasLetter, hasVisibleText, mixedScripts } from "../text/visible";
import type { ObjectRule, RuleContext } from "./context";

/** Keys whose text names someone or something and must have letters. */
const LETTER_KEYS = new Set(["name", "subject", "signer"]);
/** Keys whose text names someone (checked for bidi controls and look-alike letters), and the subject. */
const NAME_KEYS = new Set(["name", "signer", "onBehalfOf", "organization", "subject"]);

function checkText(
  s: string,
  key: string,
  path: (string | number)[],
  index: number | undefined,
  { report }: RuleContext,
): void {
  if (s.length === 0) return;
  const at = () => (index === undefined ? [...path, key] : [...path, key, index]);
  const letters = LETTER_KEYS.has(key);
  if (letters ? !hasLetter(s) : !hasVisibleText(s)) {
    report(letters ? "text.no-letters" : "text.invisible", at(), "error");
    return;
  }
  if (NAME_KEYS.has(key)) {
    if (hasBidiControl(s)) report("text.bidi-control", at(), "warning");
    const mixed = mixedScripts(s);
    if (mixed) report("text.mixed-scripts", at(), "warning", mixed);
  }
}

export const textPrints: ObjectRule = {
  visit(o, path, _key, ctx) {
    for (const k in o) {
      const v = o[k];
      if (typeof v === "string") checkText(v, k, path, undefined, ctx);
      else if (Array.isArray(v) && k !== "rows")
        for (let i = 0; i < v.length; i++) {
          const s = v[i];
          if (typeof s === "string") checkText(s, k, path, i, ctx);
        }
    }
  },
};
