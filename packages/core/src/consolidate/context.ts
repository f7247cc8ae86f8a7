/** What the parts of one consolidation share: the language, the issues, provenance and comparisons. */
import type { Lang } from "../i18n";
import type { Qualifier } from "../model/values";
import { toneKey } from "../text";
import type { Issue, IssuePath } from "../validate/issues";
import { maxItems } from "./limits";
import { consolidationIssue } from "./messages";
import type { FigureComparison, Provenance } from "./types";

export interface BuildContext {
  lang: Lang;
  issues: Issue[];
  provenance: Provenance[];
  comparisons: FigureComparison[];
  unitName: (id: string) => string;
  /** Path of a received report in the inputs (`["reports", index]`), for issues about its content. */
  reportPath: (report: string) => IssuePath;
}

/** The same place in the previous consolidated report. */
export interface PreviousPlace {
  answer: unknown;
  path: IssuePath;
  /** Year of the previous report's period (`previousYear` of the comparison). */
  year?: number;
}

export interface CountInput {
  value: number;
  qualifier?: Qualifier;
  unit?: string;
}

/** A Count of the model, without empty keys. */
export function countOf(
  value: number,
  qualifier: Qualifier | undefined,
  unit: string | undefined,
): CountInput {
  const c: CountInput = { value };
  if (qualifier) c.qualifier = qualifier;
  if (unit !== undefined) c.unit = unit;
  return c;
}

/** Cut `items` to the model's limit of the list at `schemaPath`, with an issue at `docPath`. */
export function capList<T>(
  items: T[],
  schemaPath: string[],
  docPath: IssuePath,
  label: string,
  ctx: BuildContext,
): T[] {
  const max = maxItems(schemaPath);
  if (max === undefined || items.length <= max) return items;
  ctx.issues.push(
    consolidationIssue(
      "consolidate.list-truncated",
      docPath,
      "warning",
      label,
      { count: items.length, max },
      ctx.lang,
    ),
  );
  return items.slice(0, max);
}

const keys = new Map<string, string>();

/**
 * `toneKey` of a short name (a unit of count, a label, a country), remembered: the same few names
 * recur in thousands of reports. The memory is bounded (cleared past 50,000 names).
 */
export function nameKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    k = toneKey(s);
    keys.set(s, k);
  }
  return k;
}
