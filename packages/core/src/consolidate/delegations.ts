/**
 * Delegations (đoàn ra, đoàn vào): rows merged with their units, the same delegation reported by
 * two units counted once, totals of delegations, person-trips and days summed per direction.
 *
 * Per unit and direction, the unit's count comes from its rows when it lists them all (no stated
 * total, or an exact stated total equal to the rows); otherwise from its stated total. Persons and
 * days come from the rows when every row states them, else from the stated total; a unit that
 * states neither makes the sum a lower bound ("hơn").
 */
import { compareCounts } from "../format/comparison";
import type { Delegation, DelegationTotals } from "../model/facts";
import type { IssuePath } from "../validate/issues";
import { type BuildContext, nameKey } from "./context";
import { Sum } from "./figures";
import { maxItems } from "./limits";
import { consolidationIssue } from "./messages";
import { childPath } from "./paths";
import { type From, RowList, rowProvenance } from "./rows";
import type { ConsolidatedArea, Provenance, SummedDelegationTotals, SummedFigure } from "./types";

export const DIRECTIONS = ["outbound", "inbound"] as const;
type Dir = (typeof DIRECTIONS)[number];

interface Sums {
  delegations: Sum;
  persons: Sum;
  days: Sum;
}
const sums = (): Sums => ({ delegations: new Sum(), persons: new Sum(), days: new Sum() });

/**
 * The identity of a delegation for finding the same one in two reports: direction, dates,
 * destination (countries) and leader (head's rank). Rows without both dates, or without both a
 * destination and a leader, have no identity and are never merged.
 */
export function delegationKey(d: Delegation): string | undefined {
  if (!d.from || !d.to) return undefined;
  const countries = (d.countries ?? []).map(nameKey).sort().join(",");
  const head = d.headRank ? nameKey(d.headRank) : "";
  if (!countries || !head) return undefined;
  return `${d.direction}|${d.from}|${d.to}|${countries}|${head}`;
}

const describe = (d: Delegation) =>
  [`${d.from} – ${d.to}`, (d.countries ?? []).join(", "), d.headRank].filter(Boolean).join("; ");

const exact = (q: string | undefined) => q === undefined || q === "exact";

export class DelegationMerger {
  readonly rows = new RowList("delegations", describe);
  private readonly totals: Record<Dir, Sums> = { outbound: sums(), inbound: sums() };
  private readonly prev: Record<Dir, Sums> = { outbound: sums(), inbound: sums() };
  private readonly prevMissing: Record<Dir, boolean> = { outbound: false, inbound: false };
  private readonly prevYears = new Set<number>();
  /** Units whose stated totals are not explained row by row. */
  readonly partialUnits: string[] = [];

  add(from: From, facts: Record<string, unknown>, factsPath: IssuePath): void {
    const rows = Array.isArray(facts.delegations) ? (facts.delegations as Delegation[]) : [];
    const totals = facts.totals as Partial<Record<Dir, DelegationTotals>> | undefined;
    const previous = facts.previousTotals as Partial<Record<Dir, DelegationTotals>> | undefined;
    for (const dir of DIRECTIONS) {
      const mine = rows.flatMap((r, i) => (r.direction === dir ? [[r, i] as const] : []));
      const t = totals?.[dir];
      const tPath = childPath(factsPath, "totals", dir);
      const acc = this.totals[dir];
      const rowsBased =
        mine.length > 0 && (!t || (exact(t.delegations.qualifier) && t.delegations.value === mine.length));
      let contributes = false;
      if (rowsBased) {
        contributes = true;
        const allMembers = mine.every(([r]) => r.members !== undefined);
        const allDays = mine.every(([r]) => r.days !== undefined);
        for (const [r, i] of mine) {
          const p = childPath(factsPath, "delegations", i);
          const src = { unit: from.unit, report: from.report, path: p };
          const added = this.rows.add(from, r, p, delegationKey(r), true);
          if (added.counts) {
            acc.delegations.count(src);
            if (allMembers)
              acc.persons.add(r.members!, undefined, { ...src, path: childPath(p, "members") }, "lượt người");
            if (allDays) acc.days.add(r.days!, undefined, { ...src, path: childPath(p, "days") }, "ngày");
          } else acc.delegations.listed(src);
        }
        this.fromStated(acc.persons, allMembers, t?.persons, childPath(tPath, "persons", "value"), from, 1);
        this.fromStated(acc.days, allDays, t?.days, childPath(tPath, "days", "value"), from, 1);
      } else if (t) {
        contributes = true;
        const c = t.delegations;
        acc.delegations.add(
          c.value,
          c.qualifier,
          { unit: from.unit, report: from.report, path: childPath(tPath, "delegations", "value") },
          c.unit,
        );
        for (const [r, i] of mine)
          this.rows.add(from, r, childPath(factsPath, "delegations", i), delegationKey(r), false);
        if (c.value > 0 || mine.length > 0) this.partialUnits.push(from.unit);
        this.fromStated(acc.persons, false, t.persons, childPath(tPath, "persons", "value"), from, c.value);
        this.fromStated(acc.days, false, t.days, childPath(tPath, "days", "value"), from, c.value);
      }
      if (!contributes) continue;
      const pt = previous?.[dir];
      if (!pt) {
        this.prevMissing[dir] = true;
        continue;
      }
      const pPath = childPath(factsPath, "previousTotals", dir);
      const pa = this.prev[dir];
      pa.delegations.add(
        pt.delegations.value,
        pt.delegations.qualifier,
        { unit: from.unit, report: from.report, path: childPath(pPath, "delegations", "value") },
        pt.delegations.unit,
      );
      if (pt.persons)
        pa.persons.add(
          pt.persons.value,
          pt.persons.qualifier,
          { unit: from.unit, report: from.report, path: childPath(pPath, "persons", "value") },
          pt.persons.unit,
        );
      else pa.persons.incomplete.push(from.unit);
      if (pt.days)
        pa.days.add(
          pt.days.value,
          pt.days.qualifier,
          { unit: from.unit, report: from.report, path: childPath(pPath, "days", "value") },
          pt.days.unit,
        );
      else pa.days.incomplete.push(from.unit);
    }
    if (typeof facts.previousYear === "number") this.prevYears.add(facts.previousYear);
  }

  /** Persons or days from the stated total when the rows do not state them all. */
  private fromStated(
    s: Sum,
    fromRows: boolean,
    stated: DelegationTotals["persons"],
    path: IssuePath,
    from: From,
    delegations: number,
  ): void {
    if (fromRows) return;
    if (stated)
      s.add(stated.value, stated.qualifier, { unit: from.unit, report: from.report, path }, stated.unit);
    else if (delegations > 0) s.incomplete.push(from.unit);
  }

  /**
   * Write totals, the previous period, comparisons and (when every unit's count is explained by
   * rows and they fit the model) the merged rows into `facts`; record and issues of duplicates.
   */
  finish(
    facts: Record<string, unknown>,
    factsPath: IssuePath,
    schemaPath: string[],
    record: ConsolidatedArea,
    label: string,
    ctx: BuildContext,
    prevPlace: { facts: Record<string, unknown> | undefined; path: IssuePath } | undefined,
    previousReportYear: number | undefined,
  ): void {
    const { previousYear } = this.write(facts, factsPath, ctx.provenance, prevPlace);
    record.delegationTotals = this.record();
    record.rows.delegations = this.rows.rows;
    const issue = (code: string, params: Record<string, unknown>) =>
      ctx.issues.push(
        consolidationIssue(code, [...factsPath, "delegations"], "warning", label, params, ctx.lang),
      );
    for (const dup of this.rows.duplicates.values()) {
      record.duplicates.push(dup);
      issue("consolidate.duplicate-delegation", {
        key: dup.key,
        units: dup.units.map(ctx.unitName),
        countedOnce: dup.countedOnce,
        differs: dup.differs,
        report: (dup.sources[1] ?? dup.sources[0]!).report,
      });
    }
    // The year compared with: the previous report's period, else the year the units all state.
    const year = prevPlace ? previousReportYear : previousYear;
    if (facts.previousTotals && year !== undefined) facts.previousYear = year;
    const cur = facts.totals as Record<string, Record<string, { value: number }>> | undefined;
    const prv = facts.previousTotals as Record<string, Record<string, { value: number }>> | undefined;
    for (const dir of DIRECTIONS)
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
    const counted = this.rows.rows.filter((r) => r.counted);
    const max = maxItems([...schemaPath, "delegations"]) ?? Number.POSITIVE_INFINITY;
    if (this.partialUnits.length)
      issue("consolidate.rows-partial", { units: this.partialUnits.map(ctx.unitName) });
    else if (counted.length > max) issue("consolidate.list-truncated", { count: counted.length, max });
    else if (counted.length)
      facts.delegations = counted.map((r, i) => {
        r.path = [...factsPath, "delegations", i];
        rowProvenance(r, r.path, ctx.provenance);
        return r.row;
      });
  }

  /** The totals as figures of the record. */
  record(): Partial<Record<Dir, SummedDelegationTotals>> {
    const out: Partial<Record<Dir, SummedDelegationTotals>> = {};
    for (const dir of DIRECTIONS) {
      const t = this.totals[dir];
      if (t.delegations.empty) continue;
      const r: SummedDelegationTotals = { delegations: t.delegations.figure() };
      if (!t.persons.empty) r.persons = t.persons.figure();
      if (!t.days.empty) r.days = t.days.figure();
      out[dir] = r;
    }
    return out;
  }

  /**
   * Write the totals (and, when every unit's count is explained by rows, the rows) into `facts`
   * of the consolidated document at `factsPath`; provenance goes to `out`.
   */
  write(
    facts: Record<string, unknown>,
    factsPath: IssuePath,
    out: Provenance[],
    previousDoc?: { facts: Record<string, unknown> | undefined; path: IssuePath },
  ): { previousYear?: number } {
    const totals: Record<string, unknown> = {};
    const figures = this.record();
    for (const dir of DIRECTIONS) {
      const f = figures[dir];
      if (!f) continue;
      const t: Record<string, unknown> = {};
      const put = (k: "delegations" | "persons" | "days", fig: SummedFigure | undefined, unit: string) => {
        if (!fig) return;
        t[k] = count(fig, unit);
        fig.path = [...factsPath, "totals", dir, k, "value"];
        out.push({ path: fig.path, sources: fig.sources });
      };
      put("delegations", f.delegations, "đoàn");
      put("persons", f.persons, "lượt người");
      put("days", f.days, "ngày");
      totals[dir] = t;
    }
    if (Object.keys(totals).length) facts.totals = totals;
    // The previous period: from the previous consolidated report, else the units' own when all gave it.
    const previous: Record<string, unknown> = {};
    let previousYear: number | undefined;
    const pf = previousDoc?.facts;
    if (previousDoc) {
      const pt = pf?.totals as Partial<Record<Dir, DelegationTotals>> | undefined;
      for (const dir of DIRECTIONS) {
        const src = pt?.[dir];
        if (!src || !totals[dir]) continue;
        const t: Record<string, unknown> = {};
        for (const k of ["delegations", "persons", "days"] as const) {
          const c = src[k];
          if (!c) continue;
          t[k] = { ...c };
          const path = [...factsPath, "previousTotals", dir, k, "value"];
          out.push({
            path,
            sources: [{ report: "previous", path: childPath(previousDoc.path, "totals", dir, k, "value") }],
          });
        }
        previous[dir] = t;
      }
    } else {
      for (const dir of DIRECTIONS) {
        const p = this.prev[dir];
        if (this.prevMissing[dir] || p.delegations.empty || !totals[dir]) continue;
        const t: Record<string, unknown> = {};
        for (const k of ["delegations", "persons", "days"] as const) {
          const s = p[k];
          if (s.empty || s.incomplete.length) continue;
          const fig = s.figure();
          t[k] = count(fig, k === "delegations" ? "đoàn" : k === "persons" ? "lượt người" : "ngày");
          out.push({ path: [...factsPath, "previousTotals", dir, k, "value"], sources: fig.sources });
        }
        previous[dir] = t;
      }
      if (this.prevYears.size === 1) previousYear = [...this.prevYears][0];
    }
    if (Object.keys(previous).length) facts.previousTotals = previous;
    return previousYear === undefined ? {} : { previousYear };
  }
}

/** A figure as a Count of the model. */
export function count(
  f: SummedFigure,
  unit: string,
): { value: number; qualifier?: SummedFigure["qualifier"]; unit: string } {
  return f.qualifier
    ? { value: f.value, qualifier: f.qualifier, unit: f.unit ?? unit }
    : { value: f.value, unit: f.unit ?? unit };
}
