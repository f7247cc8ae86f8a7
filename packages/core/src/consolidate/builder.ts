/**
 * One area (or section) of the consolidated report: who answered what, the narratives grouped by
 * unit, indicators summed, rows merged with their units, money summed per meaning and currency,
 * citations listed once, and the provenance of every figure written into the document.
 */
import { compareCounts } from "../format/comparison";
import type { Lang } from "../i18n";
import type { Citation, Money, Qualifier } from "../model/values";
import { toneKey } from "../text";
import type { Issue, IssuePath } from "../validate/issues";
import { DelegationMerger } from "./delegations";
import { isMoney, moneyMeaning, notSummable, Sum } from "./figures";
import { maxItems } from "./limits";
import { consolidationIssue } from "./messages";
import { type From, RowList, rowProvenance } from "./rows";
import type {
  AreaRecord,
  Comparison,
  CountFigure,
  MoneyFigure,
  NotSummed,
  Provenance,
  UnitNarrative,
} from "./types";
import { eachMoney } from "./walk";

export interface BuildContext {
  lang: Lang;
  issues: Issue[];
  provenance: Provenance[];
  comparisons: Comparison[];
  unitName: (id: string) => string;
}

/** The same place in the previous consolidated report. */
export interface PreviousPlace {
  answer: unknown;
  path: IssuePath;
  /** Year of the previous report's period (`previousYear` of the comparison). */
  year?: number;
}

interface CountInput {
  value: number;
  qualifier?: Qualifier;
  unit?: string;
}
interface IndicatorInput {
  key?: string;
  label?: string;
  count: CountInput;
  previous?: CountInput;
  breakdown?: { label: string; count: CountInput }[];
}

interface IndicatorAcc {
  key?: string;
  label?: string;
  count: Sum;
  prev: Sum;
  prevMissing: boolean;
  parts: Map<string, { label: string; sum: Sum }>;
}

const groupKey = (i: { key?: string; label?: string; count: CountInput }) =>
  `${i.key ? `k:${i.key}` : `l:${toneKey(i.label ?? "")}`}|${toneKey(i.count.unit ?? "")}`;

const citationKey = (c: Citation) =>
  c.code
    ? `${c.kind}|${c.code}|${c.date ?? ""}`
    : `${c.kind}|${toneKey(c.title ?? "")}|${toneKey(c.issuer ?? "")}`;

/** Money fields of an area's facts that the document holds as one amount (summed per currency). */
const MONEY_FIELDS = new Set(["exportImport"]);

export class SectionBuilder {
  private readonly answers = { content: [] as string[], none: [] as string[], unanswered: [] as string[] };
  private readonly noneTexts: { unit: string; text: string }[] = [];
  private readonly narratives: UnitNarrative[] = [];
  private readonly indicators = new Map<string, IndicatorAcc>();
  private readonly notSummed: NotSummed[] = [];
  private readonly notSummedGroups = new Set<string>();
  private readonly lists = new Map<string, RowList>();
  private readonly citations = new Map<string, Map<string, Citation>>();
  private readonly strings = new Map<string, Map<string, string>>();
  private readonly money = new Map<string, { meaning: string; currency: string; sum: Sum }>();
  /** Amounts the document holds as one figure per field: field → currency → sum. */
  private readonly docMoney = new Map<string, Map<string, Sum>>();
  private readonly unmerged: AreaRecord["unmerged"] = [];
  private readonly unmergedKeys = new Set<string>();
  private readonly delegations?: DelegationMerger;

  /**
   * @param id the record key (area id, `custom:<id>`, section name)
   * @param label the name issues give it
   * @param schemaPath where its answer sits in a report, for the model's list limits
   * @param kind "recommendations" holds `items` beside the narrative; others hold `facts`
   */
  constructor(
    readonly id: string,
    private readonly label: string,
    private readonly schemaPath: string[],
    private readonly kind: "area" | "section" | "recommendations",
  ) {
    if (id === "delegations") this.delegations = new DelegationMerger();
  }

  /** Add one unit's answer (`answer` at `path` of its report; undefined = not answered). */
  add(from: From, answer: unknown, path: IssuePath, ctx: BuildContext): void {
    const a = answer as {
      answer?: string;
      text?: string;
      narrative?: string[];
      facts?: unknown;
      items?: unknown;
    };
    if (!a || typeof a !== "object" || a.answer === "unanswered" || a.answer === undefined) {
      this.answers.unanswered.push(from.unit);
      return;
    }
    if (a.answer === "none") {
      this.answers.none.push(from.unit);
      if (typeof a.text === "string") this.noneTexts.push({ unit: from.unit, text: a.text });
      return;
    }
    this.answers.content.push(from.unit);
    if (Array.isArray(a.narrative) && a.narrative.length)
      this.narratives.push({ ...from, path: [...path, "narrative"], paragraphs: a.narrative });
    if (this.kind === "recommendations") {
      if (Array.isArray(a.items)) this.addRows(from, "items", a.items, [...path, "items"]);
    } else if (a.facts && typeof a.facts === "object")
      this.addFacts(from, a.facts as Record<string, unknown>, [...path, "facts"], ctx);
  }

  private addFacts(from: From, facts: Record<string, unknown>, path: IssuePath, ctx: BuildContext): void {
    if (this.delegations) this.delegations.add(from, facts, path);
    for (const [key, value] of Object.entries(facts)) {
      if (value === undefined) continue;
      const p = [...path, key];
      if (this.delegations && ["delegations", "totals", "previousTotals", "previousYear"].includes(key))
        continue;
      if (key === "indicators" && Array.isArray(value))
        this.addIndicators(from, value as IndicatorInput[], p, ctx);
      else if ((key === "citations" || key === "issued") && Array.isArray(value)) {
        const m = this.citations.get(key) ?? new Map<string, Citation>();
        this.citations.set(key, m);
        for (const c of value as Citation[]) if (!m.has(citationKey(c))) m.set(citationKey(c), c);
      } else if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
        const m = this.strings.get(key) ?? new Map<string, string>();
        this.strings.set(key, m);
        for (const s of value as string[]) if (!m.has(toneKey(s))) m.set(toneKey(s), s);
      } else if (this.id === "ngo-aid" && key === "totals") this.addAidTotals(from, facts, path);
      else if (this.id === "ngo-aid" && key === "projects" && Array.isArray(value)) {
        this.addRows(from, key, value, p);
        // Rows give the aid totals of units that state none.
        const t = facts.totals as Record<string, unknown> | undefined;
        (value as Record<string, unknown>[]).forEach((row, i) => {
          for (const field of ["committed", "received"])
            if (!t?.[field] && isMoney(row[field]))
              this.addDocMoney(`totals.${field}`, row[field] as Money, from, [...p, i, field, "amount"]);
        });
      } else if (MONEY_FIELDS.has(key) && isMoney(value)) {
        this.addDocMoney(key, value, from, [...p, "amount"]);
        this.addMoney(from, [key], value, [...p, "amount"]);
      } else if (Array.isArray(value) && value.every((v) => v && typeof v === "object"))
        this.addRows(from, key, value, p);
      else this.addUnmerged(from, key, value, p, ctx);
    }
  }

  private addIndicators(from: From, list: IndicatorInput[], path: IssuePath, ctx: BuildContext): void {
    list.forEach((ind, i) => {
      const p = [...path, i];
      const gk = groupKey(ind);
      const reason = notSummable(ind.count.unit, ind.label);
      if (reason) {
        const label = ind.label ?? ind.key ?? "";
        this.notSummed.push({
          ...from,
          path: [...p, "count", "value"],
          label,
          value: ind.count.value,
          unitOfCount: ind.count.unit,
          reason,
        });
        if (!this.notSummedGroups.has(gk)) {
          this.notSummedGroups.add(gk);
          ctx.issues.push(
            consolidationIssue(
              "consolidate.not-summed",
              [...p, "count"],
              "warning",
              this.label,
              { label, reason, report: from.report },
              ctx.lang,
            ),
          );
        }
        return;
      }
      let acc = this.indicators.get(gk);
      if (!acc) {
        acc = { count: new Sum(), prev: new Sum(), prevMissing: false, parts: new Map() };
        if (ind.key) acc.key = ind.key;
        else acc.label = ind.label;
        this.indicators.set(gk, acc);
      }
      acc.count.add(
        ind.count.value,
        ind.count.qualifier,
        { ...from, path: [...p, "count", "value"] },
        ind.count.unit,
      );
      if (ind.previous)
        acc.prev.add(
          ind.previous.value,
          ind.previous.qualifier,
          { ...from, path: [...p, "previous", "value"] },
          ind.previous.unit,
        );
      else acc.prevMissing = true;
      ind.breakdown?.forEach((b, j) => {
        const bk = `${toneKey(b.label)}|${toneKey(b.count.unit ?? "")}`;
        let part = acc.parts.get(bk);
        if (!part) {
          part = { label: b.label, sum: new Sum() };
          acc.parts.set(bk, part);
        }
        part.sum.add(
          b.count.value,
          b.count.qualifier,
          { ...from, path: [...p, "breakdown", j, "count", "value"] },
          b.count.unit,
        );
      });
    });
  }

  private addRows(from: From, key: string, rows: unknown[], path: IssuePath): void {
    let list = this.lists.get(key);
    if (!list) {
      list = new RowList(key);
      this.lists.set(key, list);
    }
    rows.forEach((row, i) => {
      const p = [...path, i];
      list.add(from, row as object, p, undefined, true);
      eachMoney(row, (rel, keys, m) => this.addMoney(from, [key, ...keys], m, [...p, ...rel, "amount"]));
    });
  }

  private addMoney(from: From, keys: string[], m: Money, path: IssuePath): void {
    const meaning = moneyMeaning(this.id, keys, m);
    const k = `${meaning}|${m.currency}`;
    let acc = this.money.get(k);
    if (!acc) {
      acc = { meaning, currency: m.currency, sum: new Sum() };
      this.money.set(k, acc);
    }
    acc.sum.add(m.amount, m.qualifier, { ...from, path });
  }

  private addDocMoney(field: string, m: Money, from: From, path: IssuePath): void {
    let byCurrency = this.docMoney.get(field);
    if (!byCurrency) {
      byCurrency = new Map();
      this.docMoney.set(field, byCurrency);
    }
    let s = byCurrency.get(m.currency);
    if (!s) {
      s = new Sum();
      byCurrency.set(m.currency, s);
    }
    s.add(m.amount, m.qualifier, { ...from, path });
  }

  private addAidTotals(from: From, facts: Record<string, unknown>, path: IssuePath): void {
    const t = facts.totals as Record<string, unknown>;
    for (const field of ["committed", "received"]) {
      const m = t[field];
      if (!isMoney(m)) continue;
      const p = [...path, "totals", field, "amount"];
      this.addDocMoney(`totals.${field}`, m, from, p);
      this.addMoney(from, ["totals", field], m, p);
    }
  }

  private addUnmerged(from: From, key: string, value: unknown, path: IssuePath, ctx: BuildContext): void {
    this.unmerged.push({ ...from, path, value });
    if (this.unmergedKeys.has(key)) return;
    this.unmergedKeys.add(key);
    ctx.issues.push(
      consolidationIssue(
        "consolidate.fact-not-merged",
        path,
        "warning",
        this.label,
        { key, report: from.report },
        ctx.lang,
      ),
    );
  }

  /** Cut `items` to the model's limit at `schemaKeys`, with an issue. */
  private cap<T>(items: T[], schemaKeys: string[], docPath: IssuePath, ctx: BuildContext): T[] {
    const max = maxItems([...this.schemaPath, ...schemaKeys]);
    if (max === undefined || items.length <= max) return items;
    ctx.issues.push(
      consolidationIssue(
        "consolidate.list-truncated",
        docPath,
        "warning",
        this.label,
        { count: items.length, max },
        ctx.lang,
      ),
    );
    return items.slice(0, max);
  }

  /** The consolidated answer (undefined when no unit answered) and the record of this section. */
  build(
    docPath: IssuePath,
    ctx: BuildContext,
    previous?: PreviousPlace,
  ): { answer?: Record<string, unknown>; record: AreaRecord } {
    const record: AreaRecord = {
      answers: this.answers,
      noneTexts: this.noneTexts,
      narratives: this.narratives,
      counts: [],
      money: [],
      notSummed: this.notSummed,
      rows: {},
      duplicates: [],
      unmerged: this.unmerged,
    };
    for (const [key, list] of this.lists) record.rows[key] = list.rows;
    for (const { meaning, currency, sum } of this.money.values())
      record.money.push({ meaning, currency, ...sum.figure() } as MoneyFigure);
    if (this.answers.content.length === 0) {
      return this.answers.none.length ? { answer: { answer: "none" }, record } : { record };
    }
    const answer: Record<string, unknown> = { answer: "content" };
    const narrative = this.narrativeDraft(ctx);
    if (narrative.length)
      answer.narrative = this.cap(narrative, ["narrative"], [...docPath, "narrative"], ctx);
    if (this.kind === "recommendations") {
      const items = this.lists.get("items");
      if (items) {
        const rows = this.cap(items.rows, ["items"], [...docPath, "items"], ctx);
        answer.items = rows.map((r, i) => {
          r.path = [...docPath, "items", i];
          return r.row;
        });
      }
      return { answer, record };
    }
    const factsPath = [...docPath, "facts"];
    const facts: Record<string, unknown> = {};
    const prevAnswer = previous?.answer as { answer?: string; facts?: Record<string, unknown> } | undefined;
    const prevFacts = prevAnswer?.answer === "content" ? prevAnswer.facts : undefined;
    const prevPlace = previous ? { facts: prevFacts, path: [...previous.path, "facts"] } : undefined;
    const indicators = this.indicatorFigures(record, {
      facts: prevFacts,
      path: prevPlace?.path ?? [],
      given: !!previous,
    });
    if (indicators.length) facts.indicators = this.placeIndicators(indicators, factsPath, ctx);
    for (const [key, m] of this.citations)
      facts[key] = this.cap([...m.values()], ["facts", key], [...factsPath, key], ctx);
    for (const [key, m] of this.strings)
      facts[key] = this.cap([...m.values()], ["facts", key], [...factsPath, key], ctx);
    if (this.delegations) this.writeDelegations(facts, factsPath, record, ctx, prevPlace, previous);
    for (const [key, list] of this.lists) {
      const rows = this.cap(list.rows, ["facts", key], [...factsPath, key], ctx);
      facts[key] = rows.map((r, i) => {
        r.path = [...factsPath, key, i];
        rowProvenance(r, r.path, ctx.provenance);
        return r.row;
      });
    }
    this.writeDocMoney(facts, factsPath, ctx);
    if (Object.keys(facts).length) answer.facts = facts;
    return { answer, record };
  }

  private narrativeDraft(ctx: BuildContext): string[] {
    const out: string[] = [];
    for (const n of this.narratives) out.push(`${ctx.unitName(n.unit)}:`, ...n.paragraphs);
    if (out.length && this.answers.none.length) {
      const names = this.answers.none.map(ctx.unitName).join(", ");
      out.push(
        ctx.lang === "en" ? `Nothing to report: ${names}.` : `Các đơn vị báo cáo không phát sinh: ${names}.`,
      );
    }
    return out;
  }

  private indicatorFigures(
    record: AreaRecord,
    previous: { facts?: Record<string, unknown>; path: IssuePath; given: boolean },
  ): { acc: IndicatorAcc; fig: CountFigure; prev?: { count: CountInput; sources: Provenance["sources"] } }[] {
    const prevByKey = new Map<string, number>();
    const prevList = (previous.facts?.indicators ?? []) as IndicatorInput[];
    prevList.forEach((p, j) => {
      if (!prevByKey.has(groupKey(p))) prevByKey.set(groupKey(p), j);
    });
    const out: {
      acc: IndicatorAcc;
      fig: CountFigure;
      prev?: { count: CountInput; sources: Provenance["sources"] };
    }[] = [];
    for (const [gk, acc] of this.indicators) {
      const fig: CountFigure = { ...acc.count.figure() };
      if (acc.key) fig.key = acc.key;
      if (acc.label) fig.label = acc.label;
      record.counts.push(fig);
      let prev: { count: CountInput; sources: Provenance["sources"] } | undefined;
      if (previous.given) {
        const j = prevByKey.get(gk);
        if (j !== undefined)
          prev = {
            count: prevList[j]!.count,
            sources: [{ report: "previous", path: [...previous.path, "indicators", j, "count", "value"] }],
          };
      } else if (!acc.prevMissing && !acc.prev.empty) {
        const pf = acc.prev.figure();
        prev = {
          count: {
            value: pf.value,
            ...(pf.qualifier ? { qualifier: pf.qualifier } : {}),
            ...(pf.unit ? { unit: pf.unit } : {}),
          },
          sources: pf.sources,
        };
      }
      out.push(prev ? { acc, fig, prev } : { acc, fig });
    }
    return out;
  }

  private placeIndicators(
    list: ReturnType<SectionBuilder["indicatorFigures"]>,
    factsPath: IssuePath,
    ctx: BuildContext,
  ): unknown[] {
    const kept = this.cap(list, ["facts", "indicators"], [...factsPath, "indicators"], ctx);
    return kept.map(({ acc, fig, prev }, i) => {
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
        const c = compareCounts(fig.value, prev.count.value);
        ctx.comparisons.push({
          path: fig.path,
          figure: `${this.id}/${acc.key ?? acc.label}`,
          current: fig.value,
          previous: prev.count.value,
          ...c,
        });
      }
      if (acc.parts.size) {
        const parts = this.cap(
          [...acc.parts.values()],
          ["facts", "indicators", "*", "breakdown"],
          [...p, "breakdown"],
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
  }

  private writeDelegations(
    facts: Record<string, unknown>,
    factsPath: IssuePath,
    record: AreaRecord,
    ctx: BuildContext,
    prevPlace: { facts: Record<string, unknown> | undefined; path: IssuePath } | undefined,
    previous: PreviousPlace | undefined,
  ): void {
    const d = this.delegations!;
    const { previousYear } = d.write(facts, factsPath, ctx.provenance, prevPlace);
    record.delegationTotals = d.record();
    record.rows.delegations = d.rows.rows;
    for (const dup of d.rows.duplicates.values()) {
      record.duplicates.push(dup);
      const first = dup.sources[1] ?? dup.sources[0]!;
      ctx.issues.push(
        consolidationIssue(
          "consolidate.duplicate-delegation",
          [...factsPath, "delegations"],
          "warning",
          this.label,
          {
            key: dup.key,
            units: dup.units.map(ctx.unitName),
            countedOnce: dup.countedOnce,
            differs: dup.differs,
            report: first.report,
          },
          ctx.lang,
        ),
      );
    }
    // The year compared with: the previous report's period, else the year the units all state.
    const year = previous ? previous.year : previousYear;
    if (facts.previousTotals && year !== undefined) facts.previousYear = year;
    const cur = facts.totals as Record<string, Record<string, { value: number }>> | undefined;
    const prv = facts.previousTotals as Record<string, Record<string, { value: number }>> | undefined;
    for (const dir of ["outbound", "inbound"])
      for (const k of ["delegations", "persons", "days"]) {
        const c = cur?.[dir]?.[k];
        const p = prv?.[dir]?.[k];
        if (c && p)
          ctx.comparisons.push({
            path: [...factsPath, "totals", dir, k, "value"],
            figure: `delegations/${dir}/${k}`,
            current: c.value,
            previous: p.value,
            ...compareCounts(c.value, p.value),
          });
      }
    const counted = d.rows.rows.filter((r) => r.counted);
    const max = maxItems([...this.schemaPath, "facts", "delegations"]) ?? Number.POSITIVE_INFINITY;
    if (d.partialUnits.length) {
      ctx.issues.push(
        consolidationIssue(
          "consolidate.rows-partial",
          [...factsPath, "delegations"],
          "warning",
          this.label,
          { units: d.partialUnits.map(ctx.unitName) },
          ctx.lang,
        ),
      );
    } else if (counted.length > max) {
      ctx.issues.push(
        consolidationIssue(
          "consolidate.list-truncated",
          [...factsPath, "delegations"],
          "warning",
          this.label,
          { count: counted.length, max },
          ctx.lang,
        ),
      );
    } else if (counted.length) {
      facts.delegations = counted.map((r, i) => {
        r.path = [...factsPath, "delegations", i];
        rowProvenance(r, r.path, ctx.provenance);
        return r.row;
      });
    }
  }

  private writeDocMoney(facts: Record<string, unknown>, factsPath: IssuePath, ctx: BuildContext): void {
    for (const [field, byCurrency] of this.docMoney) {
      const path = [...factsPath, ...field.split(".")];
      if (byCurrency.size > 1) {
        ctx.issues.push(
          consolidationIssue(
            "consolidate.money-currencies",
            path,
            "warning",
            this.label,
            { currencies: [...byCurrency.keys()] },
            ctx.lang,
          ),
        );
        continue;
      }
      const [currency, sum] = [...byCurrency][0]!;
      const f = sum.figure();
      const m: Record<string, unknown> = { amount: f.value, currency };
      if (f.qualifier) m.qualifier = f.qualifier;
      const [head, tail] = field.split(".");
      if (tail) {
        const o = (facts[head!] as Record<string, unknown> | undefined) ?? {};
        o[tail] = m;
        facts[head!] = o;
      } else facts[head!] = m;
      ctx.provenance.push({ path: [...path, "amount"], sources: f.sources });
    }
  }
}

function countOf(value: number, qualifier: Qualifier | undefined, unit: string | undefined): CountInput {
  const c: CountInput = { value };
  if (qualifier) c.qualifier = qualifier;
  if (unit !== undefined) c.unit = unit;
  return c;
}
