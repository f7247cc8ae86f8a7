/**
 * Parts of "Kiểm tra lại": the rows of a section (each field's label and its value in words, with
 * its path), and the completeness warning before sending.
 */
import { fieldLabel, type Lang } from "@doingoai/core/ui";
import { html, nothing } from "lit";
import type { Field } from "../../model/fields";
import { getAt, type Obj } from "../../model/path";
import type { Path } from "../../model/schema";
import type { Section } from "../../model/sections";
import { summarize } from "../../model/summary";
import { t } from "../../strings/strings";

export interface CheckRow {
  label: string;
  value: string;
  path: Path;
}

export function checkRows(
  section: Section,
  fieldAt: (p: Path) => Field | undefined,
  doc: Obj,
  lang: Lang,
): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const p of section.paths) {
    const f = fieldAt(p);
    if (!f) continue;
    const v = getAt(doc, p);
    if (section.paths.length === 1 && f.kind === "group") {
      const obj = (v ?? {}) as Obj;
      for (const c of f.fields)
        rows.push({ label: c.label, value: summarize(c, obj[c.key], lang), path: [...p, c.key] });
    } else {
      // A section of one answer: its title is already the heading.
      const label =
        section.paths.length === 1 && f.kind === "answer" ? fieldLabel("answer", undefined, lang) : f.label;
      rows.push({ label, value: summarize(f, v, lang), path: p });
    }
  }
  return rows;
}

/** The completeness warning: sections not answered or empty, each a link; "Vẫn gửi văn bản". */
export function renderIncomplete(incomplete: readonly Section[], lang: Lang) {
  if (!incomplete.length) return nothing;
  return html`<div class="error-summary error-summary--warning" id="incomplete-summary" tabindex="-1"
    part="warning-summary" role="group" aria-labelledby="incomplete-title">
    <h2 id="incomplete-title">${t(lang, "incompleteTitle", { n: incomplete.length })}</h2>
    <p>${t(lang, "incompleteHint")}</p>
    <ul>
      ${incomplete.map((x) => html`<li><a href="#section-${x.id}" data-go=${x.id}>${x.title(lang)}</a></li>`)}
    </ul>
    <button type="button" class="button button--secondary" part="button" data-a="submit-anyway">${t(lang, "sendAnyway")}</button>
  </div>`;
}
