/** Rows of facts (delegations, projects, events…) merged from the units, with the unit column. */
import type { IssuePath } from "../validate/issues";
import { shared } from "./figures";
import { childPath } from "./paths";
import type { DuplicateRow, MergedRow, Provenance, ProvenanceSource } from "./types";
import { eachNumber } from "./walk";

export interface From {
  unit: string;
  report: string;
}

export interface RowEntry extends MergedRow {
  /** Whether the row is counted as a row (false: it sits inside a total a unit stated). */
  counted: boolean;
  key?: string;
}

export interface AddedRow {
  entry: RowEntry;
  /** This source made the row counted (first report of it, or first that counts rows). */
  counts: boolean;
  duplicate: boolean;
}

/** The rows of one list; rows with equal keys are one row reported by several units. */
export class RowList {
  readonly rows: RowEntry[] = [];
  private readonly byKey = new Map<string, RowEntry>();
  readonly duplicates = new Map<string, DuplicateRow>();

  constructor(
    readonly list: string,
    private readonly describe?: (row: never) => string,
  ) {}

  add(from: From, row: object, path: IssuePath, key: string | undefined, countable: boolean): AddedRow {
    const source = shared({ unit: from.unit, report: from.report, path });
    const known = key === undefined ? undefined : this.byKey.get(key);
    if (!known) {
      const entry: RowEntry = { units: [from.unit], row, sources: [source], counted: countable };
      if (key !== undefined) {
        entry.key = key;
        this.byKey.set(key, entry);
      }
      this.rows.push(entry);
      return { entry, counts: countable, duplicate: false };
    }
    if (!known.units.includes(from.unit)) known.units.push(from.unit);
    const wasCounted = known.counted;
    known.sources.push(shared(source, 0));
    if (countable && !wasCounted) known.counted = true;
    let dup = this.duplicates.get(key!);
    if (!dup) {
      dup = {
        list: this.list,
        key: this.describe ? this.describe(known.row as never) : key!,
        units: [known.units[0]!],
        sources: [known.sources[0]!],
        countedOnce: true,
        differs: [],
      };
      this.duplicates.set(key!, dup);
    }
    if (!dup.units.includes(from.unit)) dup.units.push(from.unit);
    dup.sources.push(source);
    // Counted once only when both reports count it as a row; a stated total already holds it otherwise.
    if (!(countable && wasCounted)) dup.countedOnce = false;
    for (const f of differingFields(known.row as object, row))
      if (!dup.differs.includes(f)) dup.differs.push(f);
    return { entry: known, counts: countable && !wasCounted, duplicate: true };
  }
}

function differingFields(a: object, b: object): string[] {
  const out: string[] = [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)]))
    if (JSON.stringify(ra[k]) !== JSON.stringify(rb[k])) out.push(k);
  return out;
}

/**
 * Provenance of every number of a row copied into the document at `docPath`: its first source,
 * then the other reports of the same row listed with weight 0 (not added).
 */
export function rowProvenance(entry: MergedRow, docPath: IssuePath, out: Provenance[]): void {
  const [first, ...others] = entry.sources;
  if (!first) return;
  eachNumber(entry.row, (rel, _n) => {
    const sources: ProvenanceSource[] = [
      { unit: first.unit, report: first.report, path: childPath(first.path, ...rel) },
    ];
    for (const o of others) {
      // A second report of the same row: listed, not added (its own row may differ).
      sources.push({ unit: o.unit, report: o.report, path: childPath(o.path, ...rel), weight: 0 });
    }
    out.push({ path: [...docPath, ...rel], sources });
  });
}
