/**
 * Lit templates of the form fields, from the descriptors of `model/fields.ts`. GOV.UK order:
 * label, hint, error message, control; `aria-describedby` names the hint and the error shown;
 * `aria-invalid` only when an error is shown. Inputs carry `data-p` (their path) and `data-k`
 * (how to read them): the host form listens once, at its root, for every input. Text, number
 * and date inputs are in `input-templates.ts`; what they share in `field-parts.ts`.
 *
 * A group's, a variant's or a list's `<fieldset>` has two children that never change, its legend and a
 * `.set-body` holding the rest: when an element is inserted straight into a fieldset (an error
 * message, "Chưa có mục nào", a total in words), Chrome rebuilds the layout of the whole fieldset
 * (its rendered legend may have changed) — for a list of 300 rows, every row.
 */
import { html, nothing, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import type {
  AnswerField,
  ChoicesField,
  Field,
  GroupField,
  ListField,
  Option,
  VariantField,
} from "../../model/fields";
import { numberInWords } from "../../model/formats";
import { pathKey } from "../../model/path";
import { requiredNow } from "../../model/required-when";
import type { Path } from "../../model/schema";
import { type StringKey, t } from "../../strings/strings";
import { disclosuresOpened, hasValue, renderDisclosure } from "./disclosure";
import {
  describedBy,
  errorBlock,
  type FieldHost,
  fieldId,
  groupId,
  hintBlock,
  labelText,
  lowerFirst,
  type Obj,
} from "./field-parts";
import { renderInput } from "./input-templates";
import { LONG_OPTIONS, optionsVersion, wholeList } from "./long-options";
import {
  listOffers,
  noteIndicatorOffers,
  ROW_OFFER_FIELD,
  renderOffers,
  renderRowOffer,
  rowMayOffer,
} from "./offers";
import { rowsShown } from "./row-chunks";
import { periodNameOf, validatorReady } from "./validation.controller";

export { type FieldHost, fieldId, groupId, lowerFirst };

/** One field of any kind at `path`; `skey` is its stable key (rows by id rather than index). */
export function renderField(
  h: FieldHost,
  f: Field,
  path: Path,
  skey: string,
  value: unknown,
  heading?: TemplateResult,
): TemplateResult {
  switch (f.kind) {
    case "group":
      return renderGroup(h, f, path, skey, value, heading);
    case "list":
      return renderList(h, f, path, skey, value);
    case "answer":
      return renderAnswer(h, f, path, skey, value, heading);
    case "variant":
      return renderVariant(h, f, path, skey, value);
    case "choices":
      return renderChoices(h, f, path, value);
    case "select":
      return renderSelect(h, f, path, value);
    default:
      return renderInput(h, f, path, value);
  }
}

/** `f` as a required field: no "(không bắt buộc)", and its hint says why it is required now. */
function requiredField(h: FieldHost, f: Field, because: StringKey): Field {
  const why = t(h.uiLang, because);
  return { ...f, optional: false, hint: f.hint ? `${why} ${f.hint}` : why };
}

export function renderFields(
  h: FieldHost,
  fields: readonly Field[],
  path: Path,
  skey: string,
  value: unknown,
  objectId?: string,
) {
  const obj = (value && typeof value === "object" ? value : {}) as Obj;
  const objectKey = pathKey(path);
  const one = (field: Field) => {
    const p = [...path, field.key];
    // Optional in the model, required now by what the object says (`model/required-when.ts`).
    const because = field.optional ? requiredNow(objectKey, field.key, obj) : undefined;
    const f = because ? requiredField(h, field, because) : field;
    const render = () => renderField(h, f, p, skey ? `${skey}.${f.key}` : f.key, obj[f.key]);
    // A plain field, or a group of them (the count groups of an area), renders again only when
    // what it shows changes: its value, the text typed in it, its errors shown.
    if (!plainField(f)) return render();
    const key = pathKey(p); // ids and data-p: a row moved renders its fields again
    const raw = f.kind === "group" ? undefined : h.rawText(key);
    const named = f.kind === "group" && f.objectId === "Period" ? validatorReady() : undefined;
    const deps = [
      key,
      obj[f.key],
      raw,
      h.errorKeyUnder(p),
      disclosuresOpened(h),
      optionsVersion(h),
      because,
      named,
    ];
    return guard([...deps, h.uiVersion, h.contextKey(), h.uiLang], render);
  };
  const offers = renderOffers(h, objectId, fields, path, obj);
  // An area's indicators: the figure its rows give, offered beside each indicator's own count
  // (`offers.ts`): noted here, shown by the indicator's row.
  // (The same shape whether or not an offer shows: the count's field is never built again, nor
  // its input replaced while the clerk types in it, when the offer comes or goes.)
  const offered = rowMayOffer(h, path) ? ROW_OFFER_FIELD : undefined;
  const each = (f: Field) => {
    noteIndicatorOffers(h, objectId, f, path, obj);
    return f.key === offered ? [one(f), renderRowOffer(h, path)] : one(f);
  };
  if (!fields.some((f) => f.detail)) return [...fields.map(each), offers];
  // The main fields first, the others behind "Thêm chi tiết" (open when one holds a value or an error).
  const details = fields.filter((f) => f.detail);
  const must = details.some((f) => hasValue(obj[f.key]) || h.shownErrors([...path, f.key], true).length > 0);
  const more = renderDisclosure(h, skey || "~", must, () => details.map(each), details.length);
  return [...fields.filter((f) => !f.detail).map(each), offers, more];
}

const plain = new WeakMap<GroupField, boolean>();
/**
 * A field that shows only its value, the text typed in it and its errors — an input, or a group
 * of such fields: no rows (their open state and ids), answers or variants (their stashes).
 * Typing elsewhere leaves its template as it was.
 */
function plainField(f: Field): boolean {
  if (f.kind === "list" || f.kind === "answer" || f.kind === "variant") return false;
  if (f.kind !== "group") return true;
  let v = plain.get(f);
  if (v === undefined) {
    v = f.fields.every(plainField);
    plain.set(f, v);
  }
  return v;
}

function renderOptions(options: readonly Option[], selected: string) {
  const groups = new Map<string | undefined, Option[]>();
  for (const o of options) {
    const g = groups.get(o.group);
    if (g) g.push(o);
    else groups.set(o.group, [o]);
  }
  const opt = (o: Option) =>
    html`<option value=${o.value} ?selected=${o.value === selected}>${o.label}</option>`;
  return [...groups].map(([g, os]) =>
    g ? html`<optgroup label=${g}>${os.map(opt)}</optgroup>` : os.map(opt),
  );
}

function renderSelect(h: FieldHost, f: Field & { options: Option[] }, path: Path, value: unknown) {
  const key = pathKey(path);
  const id = fieldId(path);
  const issues = h.shownErrors(path, false);
  const v = value === undefined || value === null ? "" : String(value);
  let options =
    v && !f.options.some((o) => o.value === v) ? [...f.options, { value: v, label: v }] : f.options;
  // A long list (the currencies) shows the option chosen until idle or focus (`long-options.ts`).
  const short = options.length > LONG_OPTIONS && !wholeList(h, id);
  if (short) options = options.filter((o) => o.value === v);
  return html`<div class="field${issues.length ? " field--error" : ""}" part="field">
    <label for=${id} part="label">${labelText(h, f)}</label>
    ${hintBlock(id, f.hint)}${errorBlock(h, id, issues)}
    <select id=${id} class="input${issues.length ? " input--error" : ""}" part="input" data-p=${key} data-k="select"
      data-short=${ifDefined(short ? "" : undefined)}
      .value=${live(v)} aria-describedby=${ifDefined(describedBy(id, f.hint, issues))}
      aria-invalid=${ifDefined(issues.length ? "true" : undefined)}>
      <option value="" ?selected=${v === ""}>${t(h.uiLang, "choose")}</option>
      ${renderOptions(options, v)}
    </select>
  </div>`;
}

function renderChoices(h: FieldHost, f: ChoicesField, path: Path, value: unknown) {
  const key = pathKey(path);
  const id = fieldId(path);
  const gid = groupId(path);
  const issues = h.shownErrors(path, true);
  const selected = Array.isArray(value) ? value.map(String) : [];
  let options = f.areas ? [...f.options, ...h.customAreaOptions()] : f.options;
  const extra = selected.filter((v) => !options.some((o) => o.value === v));
  if (extra.length) options = [...options, ...extra.map((v) => ({ value: v, label: v }))];
  return html`<fieldset class="field${issues.length ? " field--error" : ""}" id=${gid} part="field"
    aria-describedby=${ifDefined(describedBy(gid, f.hint, issues))}>
    <legend part="label">${labelText(h, f)}</legend>
    ${hintBlock(gid, f.hint)}${errorBlock(h, gid, issues)}
    <div class="choices">
      ${options.map((o, i) => {
        const cid = i === 0 ? id : `${id}-${i}`;
        return html`<div class="choice"><input type="checkbox" id=${cid} part="input" data-p=${key} data-k="choice"
          value=${o.value} .checked=${live(selected.includes(o.value))} /><label for=${cid}>${o.label}</label></div>`;
      })}
    </div>
  </fieldset>`;
}

function renderGroup(
  h: FieldHost,
  f: GroupField,
  path: Path,
  skey: string,
  value: unknown,
  heading?: TemplateResult,
) {
  const gid = groupId(path);
  const issues = h.shownErrors(path, false);
  return html`<fieldset class="group${issues.length ? " field--error" : ""}" id=${gid} part="field"
    aria-describedby=${ifDefined(describedBy(gid, f.hint, issues))}>
    <legend part="label">${heading ?? labelText(h, f)}</legend>
    <div class="set-body">
      ${hintBlock(gid, f.hint)}${errorBlock(h, gid, issues)}
      <div class=${f.inline ? "inline" : "fields"}>${renderFields(h, f.fields, path, skey, value, f.objectId)}</div>
      ${f.objectId === "Money" || f.objectId === "Amount" ? inWords(h, value) : nothing}
      ${f.objectId === "Period" ? periodName(h, value) : nothing}
    </div>
  </fieldset>`;
}

/** "Tên kỳ trong văn bản: «6 tháng đầu năm 2026»": what the document will call the period. */
function periodName(h: FieldHost, value: unknown) {
  const name = periodNameOf(value);
  return name ? html`<p class="hint period-name">${t(h.uiLang, "periodName", { name })}</p>` : nothing;
}

/** "Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng" under an amount of 1,000 or more. */
function inWords(h: FieldHost, value: unknown) {
  const { amount, currency } = (value ?? {}) as Obj;
  if (typeof amount !== "number" || amount < 1000 || !Number.isInteger(amount)) return nothing;
  const words = numberInWords(amount);
  if (!words) return nothing;
  const unit = currency === "VND" ? "đồng" : typeof currency === "string" ? currency : "";
  return html`<p class="hint in-words">${t(h.uiLang, "inWords", { words, unit }).trim()}</p>`;
}

/** The text that names a row when it is closed: its first text value. */
function rowSummary(f: Field, item: unknown): string {
  if (typeof item === "string") return item;
  if (f.kind !== "group" || !item || typeof item !== "object") return "";
  const named = ["title", "name"];
  const fields = [...f.fields].sort((a, b) => Number(named.includes(b.key)) - Number(named.includes(a.key)));
  for (const c of fields) {
    const v = (item as Obj)[c.key];
    if ((c.kind === "text" || c.kind === "textarea") && typeof v === "string" && v.trim()) {
      const s = v.trim();
      return s.length > 80 ? `${s.slice(0, 79)}…` : s;
    }
  }
  return "";
}

/** Rows are rendered in chunks of this many (each with its own `guard`). */
const ROW_CHUNK = 50;

/** The first index of each chunk of `n` rows. */
function chunkStarts(n: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < n; s += ROW_CHUNK) out.push(s);
  return out;
}

function renderList(h: FieldHost, f: ListField, path: Path, skey: string, value: unknown) {
  const gid = groupId(path);
  const key = pathKey(path);
  const items = Array.isArray(value) ? value : [];
  const ids = h.rowIds(skey, items.length);
  const issues = h.shownErrors(path, false);
  const full = f.max !== undefined && items.length >= f.max;
  // What every row's `guard` also watches, read once for the list.
  const listErrors = h.errorKeyUnder(path);
  const options = optionsVersion(h);
  const shared = [disclosuresOpened(h), h.uiVersion, h.contextKey(), h.uiLang];
  const shown = items.slice(0, rowsShown(h, path, skey, ids));
  // The figures offered to its rows (an indicators list; `offers.ts`), looked up once.
  const offers = listOffers(h, path);
  const row = (item: unknown, i: number) => {
    const id = ids[i]!;
    const open = h.rowOpen(id, items.length);
    // A row's errors are looked up only when the list has some (300 rows, every render).
    const errors = listErrors ? h.errorKeyUnder([...path, i]) : "";
    const deps = [
      item,
      i,
      i === items.length - 1,
      open,
      errors,
      h.rowVersion(id),
      open ? options : 0,
      offers?.[i]?.n,
    ];
    return guard([...deps, ...shared], () =>
      renderRow(h, f, [...path, i], `${skey}#${id}`, id, item, i, items.length, open),
    );
  };
  return html`<fieldset class="list${issues.length ? " field--error" : ""}" id=${gid} part="field"
    aria-describedby=${ifDefined(describedBy(gid, f.hint, issues))}>
    <legend part="label">${labelText(h, f)}</legend>
    <div class="set-body">
    ${hintBlock(gid, f.hint)}${errorBlock(h, gid, issues)}
    ${items.length === 0 ? html`<p class="empty">${t(h.uiLang, "emptyList")}</p>` : nothing}
    <ol class="rows">
      ${repeat(
        chunkStarts(shown.length),
        (start) => start,
        (start) => {
          // A chunk none of whose rows changed is skipped whole: adding a row to 300 walks six
          // chunks' dependencies, not 300 rows' templates.
          const end = Math.min(start + ROW_CHUNK, shown.length);
          const deps: unknown[] = [start, end, end === items.length, listErrors, options, ...shared];
          for (let i = start; i < end; i++)
            deps.push(
              shown[i],
              ids[i],
              h.rowOpen(ids[i]!, items.length),
              h.rowVersion(ids[i]!),
              offers?.[i]?.n,
            );
          return guard(deps, () =>
            repeat(
              shown.slice(start, end),
              (_, k) => ids[start + k]!,
              (item, k) => row(item, start + k),
            ),
          );
        },
      )}
    </ol>
    ${
      full
        ? nothing
        : html`<button type="button" class="button button--secondary" part="button" id="add-${skey}" data-a="add"
          data-p=${key} data-s=${skey}>${t(h.uiLang, "add", { label: lowerFirst(f.label) })}</button>`
    }
    </div>
  </fieldset>`;
}

function rowButtons(
  h: FieldHost,
  listPath: Path,
  skey: string,
  rowId: string,
  i: number,
  n: number,
  label: string,
) {
  const title = lowerFirst(label);
  const lp = pathKey(listPath);
  const ls = skey.slice(0, skey.lastIndexOf("#"));
  const b = (a: string, text: string, aria?: string) =>
    html`<button type="button" class="button button--small button--secondary" part="button" id="${a}-${rowId}"
      data-a=${a} data-p=${lp} data-s=${ls} data-i=${i} aria-label=${ifDefined(aria)}>${text}</button>`;
  return html`${i > 0 ? b("up", t(h.uiLang, "moveUp"), t(h.uiLang, "moveUpRow", { row: title })) : nothing}
    ${i < n - 1 ? b("down", t(h.uiLang, "moveDown"), t(h.uiLang, "moveDownRow", { row: title })) : nothing}
    ${b("remove", t(h.uiLang, "remove"), t(h.uiLang, "removeRow", { row: title }))}`;
}

function renderRow(
  h: FieldHost,
  f: ListField,
  rowPath: Path,
  skey: string,
  rowId: string,
  item: unknown,
  i: number,
  n: number,
  open: boolean,
) {
  const title = f.rowLabel(i + 1);
  const listPath = rowPath.slice(0, -1);
  if (f.item.kind !== "group" && f.item.kind !== "variant" && f.item.kind !== "list") {
    const control =
      f.item.kind === "select"
        ? renderSelect(h, { ...f.item, label: title }, rowPath, item)
        : renderInput(h, f.item, rowPath, item, title);
    return html`<li class="row row--scalar" id="row-${rowId}">
      ${control}<div class="row-actions">${rowButtons(h, listPath, skey, rowId, i, n, title)}</div>
    </li>`;
  }
  const summary = open ? "" : rowSummary(f.item, item);
  const errors = h.errorKeyUnder(rowPath) ? h.shownErrors(rowPath, true).length : 0;
  // A closed row renders no fields: their templates are not even built.
  const body = !open
    ? nothing
    : f.item.kind === "group"
      ? renderFields(h, f.item.fields, rowPath, skey, item)
      : renderField(h, f.item, rowPath, skey, item);
  return html`<li class="row${open ? "" : " row--closed"}" id="row-${rowId}">
    <fieldset class="row-set" id=${groupId(rowPath)}>
      <legend class="row-title">${title}${summary ? html`<span class="row-summary">: ${summary}</span>` : nothing}</legend>
      ${errors && !open ? html`<strong class="tag tag--error">${t(h.uiLang, "rowErrors", { n: errors })}</strong>` : nothing}
      <div class="row-actions">
        <button type="button" class="button button--small button--secondary" part="button" id="toggle-${rowId}"
          data-a="toggle" data-r=${rowId} data-s=${skey} aria-expanded=${open ? "true" : "false"} aria-controls="rb-${rowId}">
          ${t(h.uiLang, open ? "collapse" : "expand")}<span class="vh"> ${title}</span>
        </button>
        ${rowButtons(h, listPath, skey, rowId, i, n, title)}
      </div>
      ${open ? nothing : renderRowOffer(h, rowPath)}
      <div class="row-body" id="rb-${rowId}" ?hidden=${!open}>${body}</div>
    </fieldset>
  </li>`;
}

const ANSWERS = ["none", "content", "unanswered"] as const;
const ANSWER_TEXT = { none: "answerNone", content: "answerContent", unanswered: "answerUnanswered" } as const;

function renderAnswer(
  h: FieldHost,
  f: AnswerField,
  path: Path,
  skey: string,
  value: unknown,
  heading?: TemplateResult,
) {
  const key = pathKey(path);
  const id = fieldId(path);
  const gid = groupId(path);
  const state = ((value as Obj | undefined)?.answer as string | undefined) ?? "unanswered";
  const issues = h.shownErrors(path, false);
  const radios = ANSWERS.map((a) => {
    const rid = a === ANSWERS[0] ? id : `${id}-${a}`;
    return html`<div class="choice"><input type="radio" id=${rid} name=${key} value=${a} part="input" data-p=${key}
      data-k="answer" .checked=${live(state === a)} /><label for=${rid}>${t(h.uiLang, ANSWER_TEXT[a])}</label></div>`;
  });
  const fields = state === "none" ? f.none : state === "content" ? f.content : [];
  return html`<div class="answer" id=${gid}>
    <fieldset class="field${issues.length ? " field--error" : ""}" part="field"
      aria-describedby=${ifDefined(describedBy(gid, f.hint, issues))}>
      <legend part="label">${heading ?? labelText(h, f)}</legend>
      ${hintBlock(gid, f.hint)}${errorBlock(h, gid, issues)}
      <div class="choices choices--inline">${radios}</div>
    </fieldset>
    ${fields.length ? html`<div class="conditional">${renderFields(h, fields, path, skey, value)}</div>` : nothing}
  </div>`;
}

function renderVariant(h: FieldHost, f: VariantField, path: Path, skey: string, value: unknown) {
  const current = (value as Obj | undefined)?.[f.discriminator];
  const variant = f.variants.find((v) => v.value === current);
  const sel = renderSelect(
    h,
    {
      ...f,
      kind: "select",
      optional: false,
      label: `${f.label}`,
      options: f.variants.map((v) => ({ value: v.value, label: v.label })),
    },
    [...path, f.discriminator],
    current,
  );
  return html`<fieldset class="group" id=${groupId(path)} part="field">
    <legend part="label">${labelText(h, f)}</legend>
    <div class="set-body">
      <div data-variant=${pathKey(path)}>${sel}</div>
      ${variant ? renderFields(h, variant.fields, path, skey, value) : nothing}
    </div>
  </fieldset>`;
}
