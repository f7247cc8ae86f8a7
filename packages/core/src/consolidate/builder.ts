/**
 * One area (or section) of the consolidated report: who answered what, the narratives grouped by
 * unit, indicators summed, rows merged with their units, money summed per meaning and currency,
 * citations listed once, and the provenance of every figure written into the document.
 */
import { fieldLabel } from "../labels";
import type { Citation, Money, Period, StatedComparison } from "../model/values";
import type { IssuePath } from "../validate/issues";
import { type BuildContext, capList, nameKey, type PreviousPlace } from "./context";
import { DelegationMerger } from "./delegations";
import { isMoney } from "./figures";
import { IndicatorMerger } from "./indicators";
import { maxItems } from "./limits";
import { consolidationIssue } from "./messages";
import { MoneyMerger } from "./money";
import { childPath, nodeChild, type PathNode, pathNode } from "./paths";
import { type From, RowList, rowProvenance } from "./rows";
import { amountText, comparisonText, NotSummedList, partsText } from "./stated";
import type { ConsolidatedArea, UnitNarrative } from "./types";
import { eachMoney } from "./walk";

export type { BuildContext, PreviousPlace } from "./context";

const citationKey = (c: Citation) =>
  c.code
    ? `${c.kind}|${c.code}|${c.date ?? ""}`
    : `${c.kind}|${nameKey(c.title ?? "")}|${nameKey(c.issuer ?? "")}`;

/** Money fields of an area's facts that the document holds as one amount (summed per currency). */
const MONEY_FIELDS = new Set(["exportImport"]);

/** Lists of money figures (`MoneyFigure`, `NamedMoneyFigure`): summed per label and status only. */
const MONEY_FIGURE_LISTS = new Set(["figures", "cumulative"]);

/** A `MoneyFigure` as the model has it (`Money` with a label, status, period, change and parts). */
interface MoneyFigureInput extends Money {
  label?: string;
  status?: string;
  period?: Period;
  change?: StatedComparison;
  parts?: { label: string; amount: number; currency: string }[];
}

/** The amounts of aid by status, summed per status (never one status into another). */
const AID_AMOUNTS = ["committed", "received", "disbursed"] as const;

/** Keys of the delegations area's facts that the delegation merger reads. */
const DELEGATION_KEYS = new Set(["delegations", "totals", "previousTotals", "previousYear"]);

export class SectionBuilder {
  private readonly answers = { content: [] as string[], none: [] as string[], unanswered: [] as string[] };
  private readonly noneTexts: { unit: string; text: string }[] = [];
  private readonly narratives: UnitNarrative[] = [];
  private readonly texts: string[][] = [];
  private lastPath: IssuePath | undefined;
  private lastNode: PathNode | undefined;
  private readonly indicators: IndicatorMerger;
  private readonly lists = new Map<string, RowList>();
  private readonly citations = new Map<string, Map<string, Citation>>();
  private readonly strings = new Map<string, Map<string, string>>();
  private readonly money: MoneyMerger;
  private readonly unmerged: ConsolidatedArea["unmerged"] = [];
  private readonly unmergedKeys = new Set<string>();
  private readonly delegations?: DelegationMerger;
  /** What the units state that is not summed (kept per unit, one warning per figure). */
  private readonly stated = new NotSummedList();

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
    this.indicators = new IndicatorMerger(id, label, this.stated);
    this.money = new MoneyMerger(id, label);
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
    // The answer's place is the same for every report (except custom areas): step from its node.
    if (path !== this.lastPath) {
      this.lastPath = path;
      this.lastNode = pathNode(path);
    }
    const node = this.lastNode!;
    if (Array.isArray(a.narrative) && a.narrative.length) {
      this.narratives.push({
        unit: from.unit,
        report: from.report,
        path: nodeChild(node, "narrative").path,
        paragraphs: a.narrative.length,
      });
      this.texts.push(a.narrative);
    }
    if (this.kind === "recommendations") {
      if (Array.isArray(a.items)) this.addRows(from, "items", a.items, nodeChild(node, "items").path);
    } else if (a.facts && typeof a.facts === "object")
      this.addFacts(from, a.facts as Record<string, unknown>, nodeChild(node, "facts"), ctx);
  }

  private addFacts(from: From, facts: Record<string, unknown>, node: PathNode, ctx: BuildContext): void {
    const path = node.path;
    if (this.delegations) {
      this.delegations.add(from, facts, path);
      // The cost of each delegation, summed per currency in the record (a second report of the
      // same delegation is not deduplicated here: costs are per unit).
      if (Array.isArray(facts.delegations))
        facts.delegations.forEach((row, i) => {
          const p = childPath(path, "delegations", i);
          eachMoney(row, (rel, keys, m) =>
            this.money.add(from, ["delegations", ...keys], m, childPath(p, ...rel, "amount")),
          );
        });
    }
    for (const key in facts) {
      const value = facts[key];
      if (value === undefined) continue;
      const p = nodeChild(node, key).path;
      if (this.delegations && DELEGATION_KEYS.has(key)) continue;
      if (key === "indicators" && Array.isArray(value))
        this.indicators.add(from, value as Parameters<IndicatorMerger["add"]>[1], p);
      else if ((key === "citations" || key === "issued") && Array.isArray(value)) {
        const m = this.citations.get(key) ?? new Map<string, Citation>();
        this.citations.set(key, m);
        for (const c of value as Citation[]) if (!m.has(citationKey(c))) m.set(citationKey(c), c);
      } else if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
        const m = this.strings.get(key) ?? new Map<string, string>();
        this.strings.set(key, m);
        for (const s of value as string[]) if (!m.has(nameKey(s))) m.set(nameKey(s), s);
      } else if (this.id === "ngo-aid" && key === "totals") this.addAidTotals(from, facts, path, ctx);
      else if (this.id === "ngo-aid" && key === "projects" && Array.isArray(value))
        this.addAidRows(from, facts, value as Record<string, unknown>[], p);
      else if (MONEY_FIELDS.has(key) && isMoney(value))
        this.addMoneyFigure(from, [key], value as MoneyFigureInput, p, key);
      else if (MONEY_FIGURE_LISTS.has(key) && Array.isArray(value) && value.every(isMoney)) {
        // The rows go into the document as stated (with their comparisons and parts); the record
        // sums them per label and status only.
        this.addRows(from, key, value, p, false);
        for (let i = 0; i < value.length; i++)
          this.addMoneyFigure(from, [key], value[i] as MoneyFigureInput, childPath(p, i));
      } else if (Array.isArray(value) && value.every((v) => v && typeof v === "object"))
        this.addRows(from, key, value, p);
      else this.addUnmerged(from, key, value, p, ctx);
    }
  }

  /**
   * A money figure: its amount summed per meaning (key, label, status) and currency — into the
   * document's `docField` too — unless it is of another period; its stated comparison and its
   * parts kept with the unit, never summed.
   */
  private addMoneyFigure(
    from: From,
    keys: string[],
    fig: MoneyFigureInput,
    p: IssuePath,
    docField?: string,
  ): void {
    const label = fig.label ?? fieldLabel(keys[keys.length - 1]!);
    const amountPath = childPath(p, "amount");
    if (fig.period)
      this.stated.add({
        unit: from.unit,
        report: from.report,
        path: amountPath,
        label,
        value: fig.amount,
        reason: "other-period",
        text: `${amountText(fig)} (${fig.period.from} – ${fig.period.to})`,
        stated: fig.period,
      });
    else {
      if (docField) this.money.addToDocument(docField, fig, from, amountPath, fig.status);
      const meaning = fig.label ? [...keys, fig.label.replace(/[/:]/g, " ").trim()] : keys;
      this.money.add(from, meaning, fig, amountPath);
    }
    if (fig.change)
      this.stated.add({
        unit: from.unit,
        report: from.report,
        path: childPath(p, "change"),
        label,
        value: fig.change.percent,
        reason: "stated-comparison",
        text: comparisonText(fig.change),
        stated: fig.change,
      });
    if (fig.parts?.length)
      this.stated.add({
        unit: from.unit,
        report: from.report,
        path: childPath(p, "parts"),
        label,
        value: fig.amount,
        reason: "money-parts",
        text: partsText(fig.parts),
        stated: fig.parts,
      });
  }

  /**
   * The aid rows of a unit. They give the unit's part of an aid total it does not state — only
   * when they are all its aid: a list of notable rows (`listing: "notable"`, or a stated number of
   * projects above the rows) is never summed as a total; the consolidated total is then a lower
   * bound, and the unit's rows stay listed with it.
   */
  private addAidRows(
    from: From,
    facts: Record<string, unknown>,
    rows: Record<string, unknown>[],
    p: IssuePath,
  ): void {
    this.addRows(from, "projects", rows, p);
    const t = facts.totals as Record<string, { value?: number } | undefined> | undefined;
    const listing = facts.listing ?? ((t?.count?.value ?? 0) > rows.length ? "notable" : "all");
    for (const field of AID_AMOUNTS) {
      if (t?.[field]) continue;
      if (listing === "notable") {
        let listed = 0;
        let currency: string | undefined;
        for (const row of rows)
          if (isMoney(row[field])) {
            listed += (row[field] as Money).amount;
            currency ??= (row[field] as Money).currency;
          }
        if (currency === undefined) continue;
        this.money.markIncomplete(`totals.${field}`, from.unit);
        this.stated.add({
          unit: from.unit,
          report: from.report,
          path: p,
          label: `${fieldLabel(field)} (${fieldLabel("projects")})`,
          value: listed,
          reason: "partial-list",
          text: `${rows.length} dự án tiêu biểu, cộng ${amountText({ amount: listed, currency })}`,
        });
        continue;
      }
      rows.forEach((row, i) => {
        if (isMoney(row[field]))
          this.money.addToDocument(
            `totals.${field}`,
            row[field] as Money,
            from,
            childPath(p, i, field, "amount"),
          );
      });
    }
  }

  private addRows(from: From, key: string, rows: unknown[], path: IssuePath, sumMoney = true): void {
    let list = this.lists.get(key);
    if (!list) {
      list = new RowList(key);
      this.lists.set(key, list);
    }
    rows.forEach((row, i) => {
      const p = childPath(path, i);
      list.add(from, row as object, p, undefined, true);
      if (sumMoney)
        eachMoney(row, (rel, keys, m) =>
          this.money.add(from, [key, ...keys], m, childPath(p, ...rel, "amount")),
        );
    });
  }

  private addAidTotals(from: From, facts: Record<string, unknown>, path: IssuePath, ctx: BuildContext): void {
    const t = facts.totals as Record<string, unknown>;
    // A unit's stated numbers of projects and items are not summed (a unit may list notable ones
    // only): they are kept as not merged, with a warning, never silently dropped.
    for (const field of ["count", "projects", "nonProject"])
      if (t[field] !== undefined)
        this.addUnmerged(from, `totals.${field}`, t[field], childPath(path, "totals", field), ctx);
    for (const field of [...AID_AMOUNTS, "inKind"]) {
      const m = t[field];
      if (!isMoney(m)) continue;
      const p = childPath(path, "totals", field, "amount");
      this.money.addToDocument(`totals.${field}`, m, from, p);
      this.money.add(from, ["totals", field], m, p);
    }
  }

  private addUnmerged(from: From, key: string, value: unknown, path: IssuePath, ctx: BuildContext): void {
    this.unmerged.push({ unit: from.unit, report: from.report, path, value });
    if (this.unmergedKeys.has(key)) return;
    this.unmergedKeys.add(key);
    ctx.issues.push(
      consolidationIssue(
        "consolidate.fact-not-merged",
        [...ctx.reportPath(from.report), ...path],
        "warning",
        this.label,
        { key, report: from.report },
        ctx.lang,
      ),
    );
  }

  /** Cut `items` to the model's limit at `schemaKeys` under this section, with an issue. */
  private cap<T>(items: T[], schemaKeys: string[], docPath: IssuePath, ctx: BuildContext): T[] {
    return capList(items, [...this.schemaPath, ...schemaKeys], docPath, this.label, ctx);
  }

  /** The consolidated answer (undefined when no unit answered) and the record of this section. */
  build(
    docPath: IssuePath,
    ctx: BuildContext,
    previous?: PreviousPlace,
  ): { answer?: Record<string, unknown>; record: ConsolidatedArea } {
    const record: ConsolidatedArea = {
      answers: this.answers,
      noneTexts: this.noneTexts,
      narratives: this.narratives,
      counts: [],
      money: [],
      notSummed: this.stated.entries,
      rows: {},
      duplicates: [],
      unmerged: this.unmerged,
    };
    for (const [key, list] of this.lists) record.rows[key] = list.rows;
    record.money = this.money.figures();
    this.stated.flush(this.label, ctx);
    if (this.answers.content.length === 0) {
      return this.answers.none.length ? { answer: { answer: "none" }, record } : { record };
    }
    const answer: Record<string, unknown> = { answer: "content" };
    const narrative = this.narrativeDraft(docPath, ctx);
    if (narrative.length) answer.narrative = narrative;
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
    if (this.indicators.size) {
      const { indicators, figures } = this.indicators.write(
        factsPath,
        [...this.schemaPath, "facts"],
        ctx,
        prevPlace,
      );
      facts.indicators = indicators;
      record.counts = figures;
    }
    for (const [key, m] of this.citations)
      facts[key] = this.cap([...m.values()], ["facts", key], [...factsPath, key], ctx);
    for (const [key, m] of this.strings)
      facts[key] = this.cap([...m.values()], ["facts", key], [...factsPath, key], ctx);
    if (this.delegations)
      this.delegations.finish(
        facts,
        factsPath,
        [...this.schemaPath, "facts"],
        record,
        this.label,
        ctx,
        prevPlace,
        previous?.year,
      );
    for (const [key, list] of this.lists) {
      const rows = this.cap(list.rows, ["facts", key], [...factsPath, key], ctx);
      facts[key] = rows.map((r, i) => {
        r.path = [...factsPath, key, i];
        rowProvenance(r, r.path, ctx.provenance);
        return r.row;
      });
    }
    this.money.write(facts, factsPath, ctx);
    if (Object.keys(facts).length) answer.facts = facts;
    return { answer, record };
  }

  /**
   * The draft: each unit's name, then its paragraphs, in unit order; then the units that answered
   * "Không". Built only up to the model's limit of paragraphs (the issue gives the full count).
   */
  private narrativeDraft(docPath: IssuePath, ctx: BuildContext): string[] {
    const max = maxItems([...this.schemaPath, "narrative"]) ?? Number.POSITIVE_INFINITY;
    const out: string[] = [];
    let total = 0;
    this.narratives.forEach((n, i) => {
      total += 1 + n.paragraphs;
      if (out.length < max) out.push(`${ctx.unitName(n.unit)}:`, ...this.texts[i]!);
    });
    if (total && this.answers.none.length) {
      total++;
      // The document is Vietnamese whatever the language of the issues; a paragraph is bounded.
      const names: string[] = [];
      let length = 0;
      for (const id of this.answers.none) {
        const name = ctx.unitName(id);
        if (length + name.length > 4000) break;
        names.push(name);
        length += name.length + 2;
      }
      const more = this.answers.none.length - names.length;
      out.push(
        `Các đơn vị báo cáo không phát sinh: ${names.join(", ")}${more ? ` và ${more} đơn vị khác` : ""}.`,
      );
    }
    if (total > max) {
      ctx.issues.push(
        consolidationIssue(
          "consolidate.list-truncated",
          [...docPath, "narrative"],
          "warning",
          this.label,
          { count: total, max },
          ctx.lang,
        ),
      );
      return out.slice(0, max);
    }
    return out;
  }
}
