/**
 * Summing rules of consolidation, one place for each:
 * - qualifiers kept honest (`combineQualifiers`): exact + "hơn" = "hơn", mixed approximations
 *   = "khoảng";
 * - stated percentages and rates are never summed (`notSummable`);
 * - money is summed per meaning and currency (`moneyMeaning`, the extension point for a status).
 */
import type { Money, Qualifier } from "../model/values";
import type { ProvenanceSource, SummedFigure } from "./types";

/** What a qualifier says about the true value against the stated one. */
type Bound = "exact" | "lower" | "upper" | "about";

const BOUND: Record<Qualifier, Bound> = {
  exact: "exact",
  over: "lower", // trên
  "more-than": "lower", // hơn
  under: "upper", // dưới
  nearly: "upper", // gần
  about: "about", // khoảng
};

/**
 * The qualifier of a sum, from the qualifiers of its terms (absent = exact):
 * - all exact → exact (absent);
 * - exact and lower bounds only ("trên", "hơn") → a lower bound: "trên" when every bound term says
 *   "trên", else "hơn" (70 + hơn 30 = hơn 100);
 * - exact and upper bounds only ("dưới", "gần") → "gần" when every bound term says "gần", else "dưới";
 * - exact and "khoảng" only → "khoảng";
 * - any other mix (a lower with an upper bound, a bound with "khoảng") → "khoảng".
 */
export function combineQualifiers(qs: Iterable<Qualifier | undefined>): Qualifier | undefined {
  const bounds = new Set<Bound>();
  const words = new Set<Qualifier>();
  for (const q of qs) {
    if (q === undefined || q === "exact") continue;
    bounds.add(BOUND[q]);
    words.add(q);
  }
  if (bounds.size === 0) return undefined;
  if (bounds.size > 1) return "about";
  const [b] = bounds;
  if (b === "about") return "about";
  if (b === "lower") return words.size === 1 && words.has("over") ? "over" : "more-than";
  return words.size === 1 && words.has("nearly") ? "nearly" : "under";
}

/**
 * A source with a weight, or the source itself. Callers build source paths with `childPath`, so
 * that thousands of reports share one frozen array per path.
 */
export function shared(s: ProvenanceSource, weight?: 0 | 1): ProvenanceSource {
  if (weight === undefined) return s;
  const out: ProvenanceSource =
    s.unit === undefined
      ? { report: s.report, path: s.path }
      : { unit: s.unit, report: s.report, path: s.path };
  out.weight = weight;
  return out;
}

/** A running sum with its sources and the qualifiers of its terms. */
export class Sum {
  value = 0;
  readonly sources: ProvenanceSource[] = [];
  /** The distinct qualifiers of the terms (exact left out): all `combineQualifiers` needs. */
  private readonly quals = new Set<Qualifier>();
  /** Units that contributed rows without stating this figure (the sum is then a lower bound). */
  readonly incomplete: string[] = [];
  unit: string | undefined;
  private unitMixed = false;

  add(value: number, qualifier: Qualifier | undefined, source: ProvenanceSource, unit?: string): void {
    this.value += value;
    if (qualifier !== undefined && qualifier !== "exact") this.quals.add(qualifier);
    this.sources.push(shared(source));
    this.noteUnit(unit);
  }

  /** A source counted as one (a row). */
  count(source: ProvenanceSource): void {
    this.value += 1;
    this.sources.push(shared(source, 1));
  }

  /** A source listed but not added (a second report of the same row). */
  listed(source: ProvenanceSource): void {
    this.sources.push(shared(source, 0));
  }

  private noteUnit(unit: string | undefined): void {
    if (unit === undefined) return;
    if (this.unit === undefined && !this.unitMixed) this.unit = unit;
    else if (this.unit !== unit) {
      this.unit = undefined;
      this.unitMixed = true;
    }
  }

  get qualifier(): Qualifier | undefined {
    const q = combineQualifiers(this.quals);
    // A contributor that stated nothing for this figure still had at least one of it: more than the sum.
    if (this.incomplete.length)
      return q === undefined || q === "over" || q === "more-than" ? "more-than" : "about";
    return q;
  }

  get empty(): boolean {
    return this.sources.length === 0;
  }

  figure(): SummedFigure {
    const f: SummedFigure = { value: this.value, sources: this.sources };
    const q = this.qualifier;
    if (q) f.qualifier = q;
    if (this.unit !== undefined) f.unit = this.unit;
    if (this.incomplete.length) f.incomplete = this.incomplete;
    return f;
  }
}

/** Why a stated count is not summed, or undefined when it is summable. */
export function notSummable(
  unit: string | undefined,
  label: string | undefined,
): "percentage" | "rate" | undefined {
  // Remembered per (unit, label): the same few recur in thousands of reports.
  let byLabel = verdicts.get(unit ?? "");
  if (!byLabel) {
    if (verdicts.size > 10_000) verdicts.clear();
    byLabel = new Map();
    verdicts.set(unit ?? "", byLabel);
  }
  const l = label ?? "";
  if (byLabel.has(l)) return byLabel.get(l);
  const v = whyNotSummable(unit, label);
  if (byLabel.size < 10_000) byLabel.set(l, v);
  return v;
}

const verdicts = new Map<string, Map<string, "percentage" | "rate" | undefined>>();

function whyNotSummable(
  unit: string | undefined,
  label: string | undefined,
): "percentage" | "rate" | undefined {
  const u = (unit ?? "").trim().toLowerCase();
  const l = (label ?? "").trim().toLowerCase();
  if (u === "%" || u.includes("phần trăm") || u.includes("percent") || /^t[ỷỉ] lệ(\s|$)/u.test(l))
    return "percentage";
  if (u.includes("/")) return "rate"; // "số/tuần", "lần/tháng"
  return undefined;
}

/**
 * The meaning of an amount of money, by the fact key that holds it ("ngo-aid/projects/committed",
 * "economic-diplomacy/exportImport"). Two amounts are only ever added when their meanings and
 * currencies are equal.
 *
 * Extension point: when the model gives money a status (committed, received, disbursed), the status
 * is part of the meaning, so committed is never added to received. Today the status is carried by
 * the key (`committed` / `received`); a `status` field on the amount, when present, is used too.
 */
export function moneyMeaning(area: string, keyPath: readonly string[], money: Money): string {
  const status = (money as { status?: unknown }).status;
  const base = `${area}/${keyPath.join("/")}`;
  return typeof status === "string" ? `${base}:${status}` : base;
}

/** Whether a value looks like an amount of money of the model (`{ amount, currency }`). */
export function isMoney(v: unknown): v is Money {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as Money).amount === "number" &&
    typeof (v as Money).currency === "string"
  );
}
