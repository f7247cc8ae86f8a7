/**
 * The fields of a section under its heading: a single three-state answer takes the heading as its
 * legend; a single group shows its fields under the heading; otherwise each path in turn — with
 * `unwrapTitled`, a group titled like the section shows its fields without a second legend. The
 * list of countries that country fields offer is rendered once, with the body, and filled after
 * the section's first paint (its ~250 options are not the opening's work).
 */
import type { Lang } from "@doingoai/core/lite";
import { html, nothing, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { until } from "lit/directives/until.js";
import type { Field } from "../../model/fields";
import { countries } from "../../model/lists";
import { getAt, pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { type FieldHost, renderField, renderFields } from "./field-templates";
import { afterPaintIdle } from "./idle";
import { COUNTRY_LIST_ID } from "./input-templates";
import { offersOf } from "./offers";

/** Resolves when the browser is idle after the next paint (at the latest after a second). */
const afterPaint = (): Promise<void> => new Promise((resolve) => afterPaintIdle(resolve));

/**
 * The countries offered by country fields: the name the document writes, and the form's own.
 * The options come after the first paint (a suggestion list is needed only once she types).
 */
export function countryList(lang: Lang): TemplateResult {
  return html`${guard(
    [lang],
    () =>
      html`<datalist id=${COUNTRY_LIST_ID}>${until(
        afterPaint().then(() =>
          countries(lang).map((c) => html`<option value=${c.name} label=${c.label ?? c.name}></option>`),
        ),
        nothing,
      )}</datalist>`,
  )}`;
}

export function renderSectionBody(
  host: FieldHost,
  fieldAt: (path: Path) => Field | undefined,
  doc: unknown,
  paths: readonly Path[],
  heading: TemplateResult,
  title: string,
  unwrapTitled: boolean,
): TemplateResult {
  offersOf(host, doc);
  return html`${body(host, fieldAt, doc, paths, heading, title, unwrapTitled)}${countryList(host.uiLang)}`;
}

function body(
  host: FieldHost,
  fieldAt: (path: Path) => Field | undefined,
  doc: unknown,
  paths: readonly Path[],
  heading: TemplateResult,
  title: string,
  unwrapTitled: boolean,
): TemplateResult {
  const [only] = paths;
  const single = paths.length === 1 && only ? fieldAt(only) : undefined;
  if (single && only && single.kind === "answer")
    return renderField(host, single, only, pathKey(only), getAt(doc, only), heading);
  if (single && only && single.kind === "group")
    return html`${heading}${renderFields(host, single.fields, only, pathKey(only), getAt(doc, only))}`;
  return html`${heading}${paths.map((p) => {
    const f = fieldAt(p);
    if (unwrapTitled && f?.kind === "group" && f.label === title)
      return renderFields(host, f.fields, p, pathKey(p), getAt(doc, p));
    return f ? renderField(host, f, p, pathKey(p), getAt(doc, p)) : nothing;
  })}`;
}
