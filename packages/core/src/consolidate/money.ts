/**
 * Money of a section: every amount summed per meaning and currency for the record, and the amounts
 * the document holds as one figure (aid totals, export-import) summed per currency — written into the
 * document only when the sources share one currency.
 */
import type { Money } from "../model/values";
import type { IssuePath } from "../validate/issues";
import type { BuildContext } from "./context";
import { moneyMeaning, Sum } from "./figures";
import { consolidationIssue } from "./messages";
import type { From } from "./rows";
import type { SummedMoney } from "./types";

export class MoneyMerger {
  private readonly byMeaning = new Map<string, { meaning: string; currency: string; sum: Sum }>();
  /** Amounts the document holds as one figure: field ("totals.committed") → currency → sum. */
  private readonly doc = new Map<string, Map<string, Sum>>();
  /** The statuses each document field was stated with ("" = none). */
  private readonly statuses = new Map<string, Set<string>>();
  /** Units whose part of a document field is not stated in full. */
  private readonly incomplete = new Map<string, string[]>();

  constructor(
    private readonly section: string,
    private readonly label: string,
  ) {}

  /** An amount at `keys` (its fact key path) for the record. */
  add(from: From, keys: string[], m: Money, path: IssuePath): void {
    const meaning = moneyMeaning(this.section, keys, m);
    const k = `${meaning}|${m.currency}`;
    let acc = this.byMeaning.get(k);
    if (!acc) {
      acc = { meaning, currency: m.currency, sum: new Sum() };
      this.byMeaning.set(k, acc);
    }
    acc.sum.add(m.amount, m.qualifier, { unit: from.unit, report: from.report, path });
  }

  /**
   * An amount that adds to the document's figure `field`. `status` (a `MoneyFigure`'s) is kept
   * apart: amounts of different statuses are never added (`consolidate.money-statuses`).
   */
  addToDocument(field: string, m: Money, from: From, path: IssuePath, status?: string): void {
    let byCurrency = this.doc.get(field);
    if (!byCurrency) {
      byCurrency = new Map();
      this.doc.set(field, byCurrency);
    }
    let s = byCurrency.get(m.currency);
    if (!s) {
      s = new Sum();
      byCurrency.set(m.currency, s);
    }
    s.add(m.amount, m.qualifier, { unit: from.unit, report: from.report, path });
    let statuses = this.statuses.get(field);
    if (!statuses) {
      statuses = new Set();
      this.statuses.set(field, statuses);
    }
    statuses.add(status ?? "");
  }

  /**
   * A unit adds to `field` without stating it in full (a list of notable aid rows, no total): the
   * sum of `field` is then a lower bound ("hơn"), whatever its currency.
   */
  markIncomplete(field: string, unit: string): void {
    const units = this.incomplete.get(field) ?? [];
    if (!units.includes(unit)) units.push(unit);
    this.incomplete.set(field, units);
  }

  figures(): SummedMoney[] {
    return [...this.byMeaning.values()].map(({ meaning, currency, sum }) => ({
      meaning,
      currency,
      ...sum.figure(),
    }));
  }

  /** Write the document's amounts into `facts`; several currencies for one field: an issue, not a sum. */
  write(facts: Record<string, unknown>, factsPath: IssuePath, ctx: BuildContext): void {
    for (const [field, byCurrency] of this.doc) {
      const keys = field.split(".");
      const path = [...factsPath, ...keys];
      if (byCurrency.size > 1) {
        ctx.issues.push(
          consolidationIssue(
            "consolidate.money-currencies",
            path,
            "warning",
            this.label,
            { key: field, currencies: [...byCurrency.keys()] },
            ctx.lang,
          ),
        );
        continue;
      }
      const statuses = [...(this.statuses.get(field) ?? [])];
      if (statuses.length > 1) {
        ctx.issues.push(
          consolidationIssue(
            "consolidate.money-statuses",
            path,
            "warning",
            this.label,
            { key: field, statuses: statuses.map((x) => x || "—") },
            ctx.lang,
          ),
        );
        continue;
      }
      const [currency, sum] = [...byCurrency][0]!;
      for (const u of this.incomplete.get(field) ?? [])
        if (!sum.incomplete.includes(u)) sum.incomplete.push(u);
      const f = sum.figure();
      const m: Record<string, unknown> = { amount: f.value, currency };
      if (f.qualifier) m.qualifier = f.qualifier;
      if (statuses[0]) m.status = statuses[0];
      const [head, tail] = keys;
      if (tail) {
        const o = (facts[head!] as Record<string, unknown> | undefined) ?? {};
        o[tail] = m;
        facts[head!] = o;
      } else facts[head!] = m;
      ctx.provenance.push({ path: [...path, "amount"], sources: f.sources });
    }
  }
}
