/**
 * "Tổng theo các dòng: 12 — Dùng số này": the totals an area's rows give (`model/row-totals.ts`),
 * offered beside its stated totals when these are empty or differ. The button writes the figure
 * into the total's input as if typed (`input-assist.controller.ts`); nothing is written by itself.
 * A money total is offered when the rows' amounts are in one currency and the stated one is in it
 * or has none; the button then also chooses that currency.
 *
 * An area's indicators are offered the same way, each beside its own count (in its row; under the
 * row's title when the row is closed): a known indicator whose count the area's rows give
 * (`model/indicator-totals.ts`: conferences held, agreements signed in the period, FDI
 * projects…) is offered that figure for its count.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { Field } from "../../model/fields";
import { datesOf, INDICATOR_TOTALS, indicatorFigure } from "../../model/indicator-totals";
import { getAt, type Obj, pathKey } from "../../model/path";
import { ROW_TOTALS } from "../../model/row-totals";
import type { Path } from "../../model/schema";
import { t } from "../../strings/strings";
import type { FieldHost } from "./field-parts";
import { numberFormat } from "./input-templates";

/** The labels along `rel` in the fields of the facts ("Tổng số – Đoàn ra – Số đoàn"). */
function labelAlong(fields: readonly Field[], rel: Path): string | undefined {
  const out: string[] = [];
  let fs: readonly Field[] = fields;
  for (const k of rel) {
    const f = fs.find((x) => x.key === k);
    if (!f) return undefined;
    out.push(f.label);
    fs = f.kind === "group" ? f.fields : [];
  }
  return out.slice(1).join(" – ") || out[0];
}

/** A figure is offered when the stated one is empty (and the rows give more than none) or differs. */
const differs = (stated: unknown, n: number) => (stated === undefined ? n !== 0 : stated !== n);

/** The offers of the facts object `objectId` at `path` (nothing when none applies). */
export function renderOffers(
  h: FieldHost,
  objectId: string | undefined,
  fields: readonly Field[],
  path: Path,
  facts: Obj,
): TemplateResult | typeof nothing {
  const defs = objectId ? ROW_TOTALS[objectId] : undefined;
  if (!defs) return nothing;
  const offers = defs.flatMap((d) => {
    const n = d.of(facts);
    if (n === undefined) return [];
    const currency = d.currency?.(facts);
    if (d.currency && currency === undefined) return [];
    const statedCurrency = getAt(facts, [...d.total, "currency"]);
    if (currency !== undefined && statedCurrency !== undefined && statedCurrency !== currency) return [];
    if (!differs(getAt(facts, [...d.total, currency === undefined ? "value" : "amount"]), n)) return [];
    const label = labelAlong(fields, d.total);
    if (!label) return [];
    const target = pathKey([...path, ...d.total, currency === undefined ? "value" : "amount"]);
    const currencyAt = pathKey([...path, ...d.total, "currency"]);
    return [{ n, label, target, currency, currencyAt }];
  });
  return offerList(h, offers);
}

interface Offer {
  n: number;
  label: string;
  /** The key (`data-p`) of the input the figure is written into. */
  target: string;
  currency?: string | undefined;
  currencyAt?: string;
}

function offerList(h: FieldHost, offers: readonly Offer[]): TemplateResult | typeof nothing {
  if (!offers.length) return nothing;
  const nf = numberFormat(h.uiLang);
  return html`${offers.map(
    (o) => html`<p class="offer" part="hint">
      <span>${t(h.uiLang, "totalFromRows", { label: o.label, n: o.currency === undefined ? nf.format(o.n) : `${nf.format(o.n)} ${o.currency}` })}</span>
      <button type="button" class="button button--small button--secondary" part="button"
        data-use-total=${o.target} data-n=${o.n} @click=${o.currency === undefined || !o.currencyAt ? nothing : chooseCurrency(o.currencyAt, o.currency)}
        >${t(h.uiLang, "useTotal")}<span class="vh"> (${o.label})</span></button>
    </p>`,
  )}`;
}

/** The document each form renders (`renderSectionBody`): its period dates the figures read by dates. */
const documents = new WeakMap<FieldHost, unknown>();
export function offersOf(h: FieldHost, doc: unknown): void {
  documents.set(h, doc);
}

const INDICATOR_FACTS = new Set(Object.values(INDICATOR_TOTALS).flatMap((d) => (d ? [d.facts] : [])));

/**
 * Each indicator of the facts `objectId` at `path` whose count the rows give, when its count is
 * empty or differs ("Chỉ tiêu thứ 1 – Hội nghị, hội thảo quốc tế được tổ chức: tổng theo các
 * dòng là 3"), by the indicator's row — shown beside that row's count (`renderRowOffer`).
 */
function indicatorOffers(
  h: FieldHost,
  objectId: string,
  f: Field,
  path: Path,
  facts: Obj,
): (Offer | undefined)[] {
  const list = getAt(facts, [f.key]);
  if (f.kind !== "list" || !Array.isArray(list) || !list.length) return [];
  const dates = datesOf(getAt(documents.get(h), ["body", "period"]));
  const keyField = f.item.kind === "group" ? f.item.fields.find((k) => k.key === "key") : undefined;
  const names = keyField?.kind === "select" ? keyField.options : [];
  return list.map((indicator, i): Offer | undefined => {
    const n = indicatorFigure(objectId, indicator, facts, dates);
    if (n === undefined || !differs(getAt(indicator, ["count", "value"]), n)) return undefined;
    const name = names.find((o) => o.value === getAt(indicator, ["key"]))?.label;
    const row = f.rowLabel(i + 1);
    const target = pathKey([...path, f.key, i, "count", "value"]);
    return { n, label: name ? `${row} – ${name}` : row, target };
  });
}

/**
 * The offers of the rows of each indicators list, by the list's key: set as the form renders the
 * facts that hold the list (`noteIndicatorOffers`), read as its rows render (`rowOffer`) — when
 * the template is committed, in the same update.
 */
const rowOffers = new WeakMap<FieldHost, Map<string, readonly (Offer | undefined)[]>>();

/** Before the field `f` of the facts `objectId` at `path` renders: an indicators list's rows' offers (other fields: nothing). */
export function noteIndicatorOffers(
  h: FieldHost,
  objectId: string | undefined,
  f: Field,
  path: Path,
  facts: Obj,
): void {
  if (f.kind !== "list" || f.key !== "indicators") return;
  let byList = rowOffers.get(h);
  if (!byList) {
    byList = new Map();
    rowOffers.set(h, byList);
  }
  const offers =
    objectId && INDICATOR_FACTS.has(objectId) ? indicatorOffers(h, objectId, f, path, facts) : [];
  byList.set(pathKey([...path, f.key]), offers);
}

/** The offers of the rows of the list at `listPath` (undefined: a list that has none, ever). */
export function listOffers(h: FieldHost, listPath: Path): readonly (Offer | undefined)[] | undefined {
  return rowOffers.get(h)?.get(pathKey(listPath));
}

/** The offer of the row at `rowPath` (its list's key and index), if any. */
function rowOffer(h: FieldHost, rowPath: Path): Offer | undefined {
  const i = rowPath.at(-1);
  return typeof i === "number" ? listOffers(h, rowPath.slice(0, -1))?.[i] : undefined;
}

/** Whether the row at `rowPath` belongs to a list whose rows can have an offer. */
export function rowMayOffer(h: FieldHost, rowPath: Path): boolean {
  return typeof rowPath.at(-1) === "number" && listOffers(h, rowPath.slice(0, -1)) !== undefined;
}

/** The offer of a row, beside the field it fills (`count`), or under its title when it is closed. */
export function renderRowOffer(h: FieldHost, rowPath: Path): TemplateResult | typeof nothing {
  const o = rowOffer(h, rowPath);
  return o ? offerList(h, [o]) : nothing;
}

/** The field of an indicator's row its offer is shown beside. */
export const ROW_OFFER_FIELD = "count";

/** Before the amount is written (the form's own click handler): its currency chosen, as if picked. */
const chooseCurrency = (key: string, currency: string) => (e: Event) => {
  const root = (e.currentTarget as Element).getRootNode() as ParentNode;
  const select = root.querySelector<HTMLSelectElement>(`select[data-p="${CSS.escape(key)}"]`);
  if (!select || select.value === currency) return;
  select.value = currency;
  select.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
};
