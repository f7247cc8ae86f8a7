/**
 * Indicators summed over units: grouped by key (or label) and unit of count, breakdowns by label,
 * percentages and rates set aside, the previous period from the previous consolidated report or,
 * when every unit stated it, from the units.
 */
import { compareCounts } from "../format/comparison";
import type { Period, StatedComparison } from "../model/values";
import type { IssuePath } from "../validate/issues";
import { type BuildContext, type CountInput, capList, countOf, nameKey } from "./context";
import { notSummable, Sum } from "./figures";
import { childPath, nodeChild, type PathNode, pathNode } from "./paths";
import type { From } from "./rows";
import { comparisonText, type NotSummedList } from "./stated";
import type { NotSummed, ProvenanceSource, SummedCount } from "./types";

interface IndicatorInput {
  key?: string;
  label?: string;
  count: CountInput;
  previous?: CountInput;
  breakdown?: { label: string; count: CountInput }[];
  change?: StatedComparison;
  period?: Period;
}

interface Acc {
  key?: string;
  label?: string;
  count: Sum;
  prev: Sum;
  prevMissing: boolean;
  parts: Map<string, { label: string; sum: Sum }>;
}

const groupKey = (i: { key?: string; label?: string; count: CountInput }) =>
  `${i.key ? `k:${i.key}` : `l:${nameKey(i.label ?? "")}`}|${nameKey(i.count.unit ?? "")}`;

export class IndicatorMerger {
  private readonly groups = new Map<string, Acc>();
  /** The same groups by (key or label, unit of count) as written: no key string built per indicator. */
  private readonly fast = new Map<string, Map<string, string>>();
  constructor(
    private readonly section: string,
    private readonly label: string,
    /** Where what cannot be summed is kept (shared with the rest of the section). */
    private readonly stated: NotSummedList,
  ) {}

  private keyOf(ind: IndicatorInput): string {
    const first = ind.key ?? `\u0001${ind.label ?? ""}`;
    let byUnit = this.fast.get(first);
    if (!byUnit) {
      byUnit = new Map();
      this.fast.set(first, byUnit);
    }
    const unit = ind.count.unit ?? "";
    let gk = byUnit.get(unit);
    if (gk === undefined) {
      gk = groupKey(ind);
      byUnit.set(unit, gk);
    }
    return gk;
  }

  get size(): number {
    return this.groups.size;
  }

  add(from: From, list: IndicatorInput[], path: IssuePath): void {
    const base = pathNode(path);
    for (let i = 0; i < list.length; i++) this.addOne(from, list[i]!, nodeChild(base, i));
  }

  private addOne(from: From, ind: IndicatorInput, node: PathNode): void {
    const p = node.path;
    const valuePath = (key: "count" | "previous") => nodeChild(nodeChild(node, key), "value").path;
    const label = ind.label ?? ind.key ?? "";
    const reason = notSummable(ind.count.unit, ind.label);
    if (reason || ind.period) {
      // A percentage or a rate is never summed; nor is a count of another period (cumulative).
      const entry: NotSummed = {
        unit: from.unit,
        report: from.report,
        path: valuePath("count"),
        label,
        value: ind.count.value,
        reason: reason ?? "other-period",
      };
      if (ind.count.unit !== undefined) entry.unitOfCount = ind.count.unit;
      if (!reason && ind.period) {
        entry.text = `${ind.count.value}${ind.count.unit ? ` ${ind.count.unit}` : ""} (${ind.period.from} – ${ind.period.to})`;
        entry.stated = ind.period;
      }
      this.stated.add(entry);
      return;
    }
    if (ind.change)
      // The count is summed; the percentage the unit states is kept with the unit, never summed.
      this.stated.add({
        unit: from.unit,
        report: from.report,
        path: childPath(p, "change"),
        label,
        value: ind.change.percent,
        reason: "stated-comparison",
        text: comparisonText(ind.change),
        stated: ind.change,
      });
    const gk = this.keyOf(ind);
    let acc = this.groups.get(gk);
    if (!acc) {
      acc = { count: new Sum(), prev: new Sum(), prevMissing: false, parts: new Map() };
      if (ind.key) acc.key = ind.key;
      else acc.label = ind.label;
      this.groups.set(gk, acc);
    }
    acc.count.add(
      ind.count.value,
      ind.count.qualifier,
      { unit: from.unit, report: from.report, path: valuePath("count") },
      ind.count.unit,
    );
    if (ind.previous)
      acc.prev.add(
        ind.previous.value,
        ind.previous.qualifier,
        { unit: from.unit, report: from.report, path: valuePath("previous") },
        ind.previous.unit,
      );
    else acc.prevMissing = true;
    ind.breakdown?.forEach((b, j) => {
      const bk = `${nameKey(b.label)}|${nameKey(b.count.unit ?? "")}`;
      let part = acc.parts.get(bk);
      if (!part) {
        part = { label: b.label, sum: new Sum() };
        acc.parts.set(bk, part);
      }
      part.sum.add(
        b.count.value,
        b.count.qualifier,
        { unit: from.unit, report: from.report, path: childPath(p, "breakdown", j, "count", "value") },
        b.count.unit,
      );
    });
  }

  /**
   * The summed indicators, written at `factsPath` of the document (cut to the model's limit), with
   * provenance and comparisons. `previous` is the previous report's facts of the same section when
   * a previous report is given (then it alone gives the previous figures).
   */
  write(
    factsPath: IssuePath,
    schemaPath: string[],
    ctx: BuildContext,
    previous: { facts?: Record<string, unknown>; path: IssuePath } | undefined,
  ): { indicators: unknown[]; figures: SummedCount[] } {
    const prevList = (previous?.facts?.indicators ?? []) as IndicatorInput[];
    const prevByKey = new Map<string, number>();
    prevList.forEach((p, j) => {
      if (!prevByKey.has(groupKey(p))) prevByKey.set(groupKey(p), j);
    });
    const figures: SummedCount[] = [];
    const all = [...this.groups].map(([gk, acc]) => {
      const fig: SummedCount = { ...acc.count.figure() };
      if (acc.key) fig.key = acc.key;
      if (acc.label) fig.label = acc.label;
      figures.push(fig);
      let prev: { count: CountInput; sources: ProvenanceSource[] } | undefined;
      if (previous) {
        const j = prevByKey.get(gk);
        if (j !== undefined)
          prev = {
            count: prevList[j]!.count,
            sources: [
              { report: "previous", path: childPath(previous.path, "indicators", j, "count", "value") },
            ],
          };
      } else if (!acc.prevMissing && !acc.prev.empty) {
        const pf = acc.prev.figure();
        prev = { count: countOf(pf.value, pf.qualifier, pf.unit), sources: pf.sources };
      }
      return { acc, fig, prev };
    });
    const kept = capList(all, [...schemaPath, "indicators"], [...factsPath, "indicators"], this.label, ctx);
    const indicators = kept.map(({ acc, fig, prev }, i) => {
      const p = [...factsPath, "indicators", i];
      const ind: Record<string, unknown> = {};
      if (acc.key) ind.key = acc.key;
      else ind.label = acc.label;
      ind.count = countOf(fig.value, fig.qualifier, fig.unit);
      fig.path = [...p, "count", "value"];
      ctx.provenance.push({ path: fig.path, sources: fig.sources });
      if (prev) {
        ind.previous = countOf(prev.count.value, prev.count.qualifier, prev.count.unit);
        ctx.provenance.push({ path: [...p, "previous", "value"], sources: prev.sources });
        ctx.comparisons.push({
          path: fig.path,
          figure: `${this.section}/${acc.key ?? acc.label}`,
          current: fig.value,
          previous: prev.count.value,
          ...compareCounts(fig.value, prev.count.value),
        });
      }
      if (acc.parts.size) {
        const parts = capList(
          [...acc.parts.values()],
          [...schemaPath, "indicators", "*", "breakdown"],
          [...p, "breakdown"],
          this.label,
          ctx,
        );
        ind.breakdown = parts.map((part, j) => {
          const f = part.sum.figure();
          ctx.provenance.push({ path: [...p, "breakdown", j, "count", "value"], sources: f.sources });
          return { label: part.label, count: countOf(f.value, f.qualifier, f.unit) };
        });
      }
      return ind;
    });
    return { indicators, figures };
  }
}
