/**
 * "Tổng theo các dòng: 12 — Dùng số này": the totals an area's rows give (`model/row-totals.ts`),
 * offered beside its stated totals when these are empty or differ. The button writes the figure
 * into the total's input as if typed (`input-assist.controller.ts`); nothing is written by itself.
 * A money total is offered when the rows' amounts are in one currency and the stated one is in it
 * or has none; the button then also chooses that currency.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { Field } from "../../model/fields";
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
    const stated = getAt(facts, [...d.total, currency === undefined ? "value" : "amount"]);
    if (stated === n || (stated === undefined && n === 0)) return [];
    const label = labelAlong(fields, d.total);
    if (!label) return [];
    const target = pathKey([...path, ...d.total, currency === undefined ? "value" : "amount"]);
    const currencyAt = pathKey([...path, ...d.total, "currency"]);
    return [{ n, label, target, currency, currencyAt }];
  });
  if (!offers.length) return nothing;
  const nf = numberFormat(h.uiLang);
  return html`${offers.map(
    (o) => html`<p class="offer" part="hint">
      <span>${t(h.uiLang, "totalFromRows", { label: o.label, n: o.currency === undefined ? nf.format(o.n) : `${nf.format(o.n)} ${o.currency}` })}</span>
      <button type="button" class="button button--small button--secondary" part="button"
        data-use-total=${o.target} data-n=${o.n} @click=${o.currency === undefined ? nothing : chooseCurrency(o.currencyAt, o.currency)}
        >${t(h.uiLang, "useTotal")}<span class="vh"> (${o.label})</span></button>
    </p>`,
  )}`;
}

/** Before the amount is written (the form's own click handler): its currency chosen, as if picked. */
const chooseCurrency = (key: string, currency: string) => (e: Event) => {
  const root = (e.currentTarget as Element).getRootNode() as ParentNode;
  const select = root.querySelector<HTMLSelectElement>(`select[data-p="${CSS.escape(key)}"]`);
  if (!select || select.value === currency) return;
  select.value = currency;
  select.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
};
