/**
 * The fields of a section under its heading: a single three-state answer takes the heading as its
 * legend; a single group shows its fields under the heading; otherwise each path in turn — with
 * `unwrapTitled`, a group titled like the section shows its fields without a second legend.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { Field } from "../../model/fields";
import { getAt, pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { type FieldHost, renderField, renderFields } from "./field-templates";

export function renderSectionBody(
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
