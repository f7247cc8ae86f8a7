/**
 * The inputs people type into: text with the model's limit (`maxlength`) and a counter near it,
 * numbers grouped as the form's language writes them, dates typed day first with a picker
 * beside them, country names offered from a list. What the inputs do as they are typed (the
 * counter's announcement, pastes longer than the room left, regrouping digits, the picker) is in
 * `input-assist.controller.ts`.
 */
import { type Issue, LIMITS } from "@doingoai/core/ui";
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import type { Field } from "../../model/fields";
import { dateUnderstood, formatNumber } from "../../model/formats";
import { pathKey } from "../../model/path";
import type { Path } from "../../model/schema";
import { displayValue, type InputKind } from "../../model/values";
import { t } from "../../strings/strings";
import { describedBy, errorBlock, type FieldHost, fieldId, hintBlock, labelText } from "./field-parts";

/** The counter shows from this share of the limit on (GOV.UK's character count threshold). */
export const COUNT_FROM = 0.8;
/** The id of the list of countries a form renders once (see `countryList`). */
export const COUNTRY_LIST_ID = "doingoai-countries";

/** The most rows a text area grows to (then it scrolls). */
export const MAX_TEXT_ROWS = 16;

/** Rows of a textarea: enough for its text (about 80 characters a line), within bounds. */
function textRows(text: string, min: number): number {
  let n = 0;
  let start = 0;
  // Counted without splitting: a pasted book must not build thousands of strings per keystroke.
  for (let i = text.indexOf("\n"); n < MAX_TEXT_ROWS; i = text.indexOf("\n", start)) {
    const end = i < 0 ? text.length : i;
    n += 1 + Math.floor((end - start) / 80);
    if (i < 0) break;
    start = i + 1;
  }
  return Math.max(min, Math.min(MAX_TEXT_ROWS, n + 1));
}

/** The length of the longest line of `text`. */
export function longestLine(text: string): number {
  let max = 0;
  let start = 0;
  for (;;) {
    const i = text.indexOf("\n", start);
    const end = i < 0 ? text.length : i;
    max = Math.max(max, end - start);
    if (i < 0) return max;
    start = i + 1;
  }
}

/** Whether a number field groups its digits: not years or day counts (2026, not 2.026). */
export const groupsDigits = (f: Field) =>
  f.kind === "number" && (!f.integer || f.max === undefined || f.max >= 10_000);

/** What an input of `f` reads (`data-k`). */
function inputKind(h: FieldHost, f: Field): InputKind {
  switch (f.kind) {
    case "number":
      return h.uiLang === "en" ? "number-en" : "number";
    case "narrative":
      return "narrative";
    case "date":
      return "day";
    case "partial-date":
      return "pdate";
    default:
      return "text";
  }
}

/**
 * What one narrative field takes in the form: ten paragraphs at their limit (about 40 printed
 * pages; the largest example document has 21,000 characters in all). The model allows more in
 * a document (2,000 paragraphs, 1,000,000 characters in all), but a browser's textarea holding a
 * million characters takes a second per keystroke: a longer paste is refused with a message.
 */
export const NARRATIVE_FIELD_MAX = LIMITS.paragraph * 10;

/** The limit of what a field takes (`maxlength`): a text's maximum, a narrative's (above). */
export function maxLengthOf(f: Field): number | undefined {
  if (f.kind === "narrative") return NARRATIVE_FIELD_MAX;
  return (f.kind === "text" || f.kind === "textarea") && f.maxLength ? f.maxLength : undefined;
}

const formats = new Map<string, Intl.NumberFormat>();
/** A number format of `lang`, made once (making one takes longer than rendering a field). */
export function numberFormat(lang: string): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    formats.set(lang, f);
  }
  return f;
}

/** "420/500 ký tự" near the limit (a narrative: its longest paragraph against a paragraph's). */
function counter(h: FieldHost, f: Field, id: string, text: string) {
  const max = maxLengthOf(f);
  if (max === undefined) return nothing;
  const [n, limit] = f.kind === "narrative" ? [longestLine(text), LIMITS.paragraph] : [text.length, max];
  const near = n >= limit * COUNT_FROM;
  const nf = near ? numberFormat(h.uiLang) : undefined;
  // The visible count is for the eyes (every keystroke); screen readers hear it after a pause.
  return html`<div class="count${n > limit ? " count--over" : ""}" id="${id}-count" aria-hidden="true">${
    near
      ? t(h.uiLang, f.kind === "narrative" ? "paragraphCount" : "charCount", {
          n: nf!.format(n),
          max: nf!.format(limit),
        })
      : ""
  }</div>`;
}

/** The message of a date the form cannot read, instead of core's (which names ISO). */
function dateIssues(h: FieldHost, f: Field, text: string, issues: Issue[]): Issue[] {
  if ((f.kind !== "date" && f.kind !== "partial-date") || !issues.length) return issues;
  const partial = f.kind === "partial-date";
  if (dateUnderstood(text, partial) && !issues.some((i) => i.code === "schema.format")) return issues;
  const message = t(h.uiLang, partial ? "partialDateFormatError" : "dateFormatError");
  return issues.map((i) => (i.code.startsWith("schema.") ? { ...i, message } : i));
}

export function renderInput(h: FieldHost, f: Field, path: Path, value: unknown, label?: string) {
  const key = pathKey(path);
  const id = fieldId(path);
  const kind = inputKind(h, f);
  const grouped = groupsDigits(f);
  const text =
    h.rawText(key) ??
    (f.kind === "number" && typeof value === "number"
      ? formatNumber(value, h.uiLang, grouped)
      : displayValue(kind, value));
  const issues = dateIssues(h, f, text, h.shownErrors(path, f.kind === "narrative"));
  const desc = describedBy(id, f.hint, issues);
  const invalid = issues.length ? "true" : undefined;
  const cls = `input${issues.length ? " input--error" : ""}`;
  const max = maxLengthOf(f);
  let control: TemplateResult;
  // A text area's rows also size it in CSS (`textAreaRows`): its size never depends on what is typed.
  if (f.kind === "narrative" || f.kind === "textarea")
    control = html`<textarea id=${id} class=${cls} part="input" rows=${textRows(text, f.kind === "narrative" ? 4 : 2)}
      maxlength=${ifDefined(max)} data-p=${key} data-k=${kind} .value=${live(text)}
      aria-describedby=${ifDefined(desc)} aria-invalid=${ifDefined(invalid)}></textarea>`;
  else if (f.kind === "date" || f.kind === "partial-date")
    control = html`<div class="date-input">
      <input id=${id} class="${cls} input--date" part="input" type="text" inputmode="numeric" autocomplete="off"
        spellcheck="false" data-p=${key} data-k=${kind} .value=${live(text)}
        aria-describedby=${ifDefined(desc)} aria-invalid=${ifDefined(invalid)} />
      <span class="picker">
        <button type="button" class="button button--secondary button--small" part="button" data-pick=${id}
          aria-label="${t(h.uiLang, "pickDate")}: ${label ?? f.label}">${t(h.uiLang, "pickDate")}</button>
      </span>
    </div>`;
  else
    control = html`<input id=${id} class="${cls}${f.kind === "number" ? " input--short" : ""}" part="input"
      type="text" inputmode=${ifDefined(f.kind === "number" ? (f.integer ? "numeric" : "decimal") : undefined)}
      maxlength=${ifDefined(max)} list=${ifDefined(f.kind === "text" && f.suggest === "country" ? COUNTRY_LIST_ID : undefined)}
      autocomplete=${ifDefined(f.kind === "text" && f.suggest ? "off" : undefined)}
      data-p=${key} data-k=${kind} data-g=${ifDefined(grouped ? "1" : undefined)} .value=${live(text)}
      aria-describedby=${ifDefined(desc)} aria-invalid=${ifDefined(invalid)} />`;
  return html`<div class="field${issues.length ? " field--error" : ""}" part="field">
    <label for=${id} part="label">${label ?? labelText(h, f)}</label>
    ${hintBlock(id, f.hint)}${errorBlock(h, id, issues)}${control}${counter(h, f, id, text)}
    <p class="field-note" id="${id}-note" hidden></p>
  </div>`;
}
