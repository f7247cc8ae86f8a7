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
import type { IssuePath } from "../validate/issues";
import type { DocumentRule, RuleContext } from "./context";

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

/** The strings of one object: its own text values and lists of text (free-table rows excepted). */
function visit(o: Record<string, unknown>, path: IssuePath, ctx: RuleContext): void {
  for (const k in o) {
    const v = o[k];
    if (typeof v === "string") checkText(v, k, path as (string | number)[], undefined, ctx);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (typeof item === "string") {
          if (k !== "rows") checkText(item, k, path as (string | number)[], i, ctx);
        } else if (item !== null && typeof item === "object" && !Array.isArray(item))
          visit(item as Record<string, unknown>, [...path, k, i], ctx);
      }
    } else if (v !== null && typeof v === "object") visit(v as Record<string, unknown>, [...path, k], ctx);
  }
}

/** Every object of the (structurally valid) document, wherever it sits. */
export const textPrints: DocumentRule = (ctx) =>
  visit(ctx.doc as unknown as Record<string, unknown>, [], ctx);
