/**
 * What the field templates share: what they ask of the form (`FieldHost`), the ids of fields and
 * groups, and the label, hint and error blocks of the GOV.UK pattern.
 */
import type { Issue, Lang } from "@doingoai/core/lite";
import { html, nothing } from "lit";
import type { Field, Option } from "../../model/fields";
import { pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { t } from "../../strings/strings";

/** What the templates need from the form that renders them. */
export interface FieldHost {
  readonly uiLang: Lang;
  /** Bumped when the whole form must render again (a new value). */
  readonly uiVersion: number;
  /** Bumped when something inside a row changes that its data does not show (a nested row opened). */
  rowVersion(rowId: string): number;
  /** What rows may show from elsewhere in the document (the custom areas offered as choices). */
  contextKey(): unknown;
  /** The text a person typed in an input, while it differs from the stored value's text. */
  rawText(key: string): string | undefined;
  rowIds(listKey: string, length: number): string[];
  rowOpen(rowId: string, length: number): boolean;
  /** The errors to show at `path` (`deep`: also those under it). */
  shownErrors(path: Path, deep: boolean): Issue[];
  /** A string that changes when the errors shown under `path` change (for `guard`). */
  errorKeyUnder(path: Path): string;
  /** The custom areas of the document, as options of area choices. */
  customAreaOptions(): Option[];
  /** Render again (the form is a Lit element): the next rows of a long list are due. */
  requestUpdate(): void;
}

export type Obj = Record<string, unknown>;

/** The custom areas of a document (`body.customAreas`), as options of area choices. */
export function customAreaOptionsOf(list: unknown): Option[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((c): c is { id: string; title?: string } => !!c && typeof c.id === "string" && c.id !== "")
    .map((c) => ({ value: `custom:${c.id}`, label: c.title || c.id }));
}

export const fieldId = (path: Path) => `f-${pathKey(path)}`;
export const groupId = (path: Path) => `g-${pathKey(path)}`;

const lowered = new Map<string, string>();
/** "Đoàn ra" → "đoàn ra" (remembered: a locale-aware lower case costs more than rendering a button). */
export function lowerFirst(s: string): string {
  let v = lowered.get(s);
  if (v === undefined) {
    v = s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
    if (lowered.size > 2000) lowered.clear();
    lowered.set(s, v);
  }
  return v;
}

export const labelText = (h: FieldHost, f: Field) =>
  f.optional ? `${f.label} ${t(h.uiLang, "optional")}` : f.label;

export function messages(issues: Issue[]): string {
  return [...new Set(issues.map((i) => i.message))].join(" ");
}

export function errorBlock(h: FieldHost, id: string, issues: Issue[]) {
  return issues.length
    ? html`<p class="error-message" id="${id}-error" part="error"><span class="vh">${t(h.uiLang, "errorPrefix")} </span>${messages(issues)}</p>`
    : nothing;
}

export function hintBlock(id: string, hint: string | undefined) {
  return hint ? html`<div class="hint" id="${id}-hint" part="hint">${hint}</div>` : nothing;
}

export function describedBy(id: string, hint: string | undefined, issues: Issue[]): string | undefined {
  const ids = [hint ? `${id}-hint` : "", issues.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}
