/** The GOV.UK error summary: a title, then one link per problem, to the field that has it. */
import type { Issue, Lang } from "@doingoai/core/lite";
import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { pathKey } from "../../model/path";
import { t } from "../../strings/strings";
import { fieldId } from "./field-templates";

export function renderErrorSummary(lang: Lang, issues: readonly Issue[], warning = false) {
  if (issues.length === 0) return nothing;
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = `${pathKey(i.path)}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const title = t(lang, warning ? "warningsTitle" : "errorSummaryTitle");
  const id = warning ? "warning-summary" : "error-summary";
  return html`<div class="error-summary${warning ? " error-summary--warning" : ""}" id=${id} tabindex="-1"
    part=${warning ? "warning-summary" : "error-summary"}>
    <div role=${ifDefined(warning ? undefined : "alert")}>
      <h2 id="${id}-title">${title}</h2>
      <ul>
        ${unique.map(
          (i) => html`<li><a href="#${fieldId(i.path)}" data-goto=${pathKey(i.path)}>${i.message}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
