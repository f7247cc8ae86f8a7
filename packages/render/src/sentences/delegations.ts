/**
 * Delegations (đoàn ra, đoàn vào): the totals sentence ("Trong năm 2019, có 04 đoàn ra với tổng
 * số 14 lượt người, 28 ngày.") and one "- " line per delegation, in the "Thời gian: … Nội dung:
 * …" manner of the seeds.
 */
import {
  type Count,
  type Delegation,
  type DelegationTotals,
  type Direction,
  ENUM_PHRASES,
  formatCount,
  padCount,
} from "@doingoai/core";
import { describeMoney } from "./aid";
import { describeCitation } from "./citations";
import type { FactsOf } from "./facts";
import { describeIndicators } from "./indicators";
import {
  bracket,
  capitalize,
  countComparison,
  dateRange,
  daysBetween,
  endSentence,
  opening,
  type SentenceContext,
  stripEnd,
  withCountry,
} from "./phrase";
import { withPlace } from "./place";

/** "đoàn ra" / "đoàn vào". */
export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = ENUM_PHRASES.Direction;

/** Days of a delegation: as stated, else counted from its dates. */
export function delegationDays(d: Delegation): number | undefined {
  return d.days ?? daysBetween(d.from, d.to);
}

/**
 * Totals computed from the rows: the number of delegations, the persons (when every row has
 * its members) and the days (when every row has days or dates).
 */
export function totalsOf(rows: readonly Delegation[]): DelegationTotals {
  let persons: number | undefined = 0;
  let days: number | undefined = 0;
  for (const d of rows) {
    persons = persons === undefined || d.members === undefined ? undefined : persons + d.members;
    const n = delegationDays(d);
    days = days === undefined || n === undefined ? undefined : days + n;
  }
  const totals: DelegationTotals = { delegations: { value: rows.length, unit: "đoàn" } };
  if (persons !== undefined && rows.length > 0) totals.persons = { value: persons, unit: "lượt người" };
  if (days !== undefined && rows.length > 0) totals.days = { value: days, unit: "ngày" };
  return totals;
}

function withUnit(c: Count, unit: string): string {
  return formatCount({ ...c, unit: c.unit ?? unit });
}

/**
 * The totals of one direction: "Trong năm 2019, có 04 đoàn ra với tổng số 14 lượt người, 28
 * ngày." — "không có đoàn ra" for none; a comparison when the previous totals are known.
 * `lead: true` ends with ", cụ thể:" to introduce the lines that follow.
 */
export function describeDelegationTotals(
  direction: Direction,
  totals: DelegationTotals,
  ctx: SentenceContext = {},
  opts: { previous?: DelegationTotals; lead?: boolean; partial?: boolean } = {},
): string {
  const word = DIRECTION_WORDS[direction];
  if (totals.delegations.value === 0) {
    // "không có đoàn ra (giảm 100% so với cùng kỳ năm 2025)": the base period's figure is kept.
    const compared =
      opts.previous !== undefined && ctx.previousYear !== undefined && opts.previous.delegations.value > 0
        ? totalsComparison(totals, opts.previous, ctx.previousYear)
        : "";
    return endSentence(capitalize(`${opening(ctx)}không có ${word}${compared}`));
  }
  const sums: string[] = [];
  if (totals.persons !== undefined) sums.push(withUnit(totals.persons, "lượt người"));
  if (totals.days !== undefined) sums.push(withUnit(totals.days, "ngày"));
  let text = `${opening(ctx)}có ${formatCount({ ...totals.delegations, unit: word })}`;
  if (sums.length > 0) text += ` với tổng số ${sums.join(", ")}`;
  if (opts.previous !== undefined && ctx.previousYear !== undefined) {
    text += totalsComparison(totals, opts.previous, ctx.previousYear);
  }
  text = capitalize(text);
  // Rows that are not all of them ("trên 05 đoàn", or fewer rows than the total) are "trong đó".
  return opts.lead === true
    ? `${text}, ${opts.partial === true ? "trong đó" : "cụ thể"}:`
    : endSentence(text);
}

/** The base period's totals alone: "Cùng kỳ năm 2025 có 05 đoàn ra với tổng số 40 lượt người." */
function describePreviousTotals(
  direction: Direction,
  previous: DelegationTotals,
  ctx: SentenceContext,
): string {
  const when = ctx.previousYear === undefined ? "Kỳ trước" : `Cùng kỳ năm ${ctx.previousYear}`;
  const sentence = describeDelegationTotals(direction, previous, {});
  return `${when} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/**
 * The comparison of totals with the previous year's, as a bracket: "(tăng 300% so với cùng kỳ
 * năm 2018)" for the delegations alone; with persons or days known in both years, each named:
 * "(số đoàn tăng 300%, số lượt người tăng 1.300%, số ngày tăng 300% so với cùng kỳ năm 2018)".
 */
export function totalsComparison(totals: DelegationTotals, previous: DelegationTotals, year: number): string {
  const pairs: [what: string, now: Count, before: Count, unit: string][] = [
    ["số đoàn", totals.delegations, previous.delegations, "đoàn"],
  ];
  if (totals.persons !== undefined && previous.persons !== undefined)
    pairs.push(["số lượt người", totals.persons, previous.persons, "lượt người"]);
  if (totals.days !== undefined && previous.days !== undefined)
    pairs.push(["số ngày", totals.days, previous.days, "ngày"]);
  const compared = pairs.map(([, now, before, unit]) => countComparison(now, before, year, unit));
  if (compared.length === 1) return bracket(compared);
  const tail = ` so với cùng kỳ năm ${year}`;
  const named = compared.map((c, i) => `${pairs[i]![0]} ${c.endsWith(tail) ? c.slice(0, -tail.length) : c}`);
  return ` (${named.join(", ")}${tail})`;
}

/**
 * One delegation as a "- " line: "- Đoàn công tác … (Trung Quốc). Thời gian: từ ngày 27/4/2019
 * đến ngày 01/5/2019 (05 ngày). Số thành viên: 11 người. Trưởng đoàn: Phó Giám đốc Sở. Nội dung:
 * … Kinh phí: Kinh phí cá nhân."
 */
export function describeDelegation(d: Delegation): string {
  const countries = d.countries !== undefined && d.countries.length > 0 ? d.countries.join(", ") : undefined;
  const parts: string[] = [withPlace(withCountry(d.name, countries), d.place)];
  const days = delegationDays(d);
  const range = dateRange(d.from, d.to);
  const oneDay = d.from !== undefined && d.from === d.to;
  const dayText = days === undefined || oneDay ? "" : `${padCount(days)} ngày`;
  if (range !== "") parts.push(`Thời gian: ${range}${dayText === "" ? "" : ` (${dayText})`}`);
  else if (dayText !== "") parts.push(`Thời gian: ${dayText}`);
  if (d.members !== undefined) parts.push(`Số thành viên: ${padCount(d.members)} người`);
  if (d.headRank !== undefined) parts.push(`Trưởng đoàn: ${stripEnd(d.headRank)}`);
  if (d.content !== undefined) parts.push(`Nội dung: ${stripEnd(d.content.trim())}`);
  if (d.partner !== undefined) parts.push(`Đối tác: ${stripEnd(d.partner)}`);
  if (d.host !== undefined) {
    parts.push(
      `${d.direction === "inbound" ? "Đơn vị chủ trì đón tiếp" : "Đơn vị chủ trì"}: ${stripEnd(d.host)}`,
    );
  }
  const cost = d.cost === undefined ? "" : describeMoney(d.cost);
  if (d.funding !== undefined)
    parts.push(`Kinh phí: ${stripEnd(d.funding)}${cost === "" ? "" : ` (${cost})`}`);
  else if (cost !== "") parts.push(`Kinh phí: ${cost}`);
  if (d.decisions !== undefined && d.decisions.length > 0) {
    parts.push(`Văn bản cho phép: ${d.decisions.map((c) => describeCitation(c)).join("; ")}`);
  }
  if (d.result !== undefined) parts.push(`Kết quả: ${stripEnd(d.result.trim())}`);
  return endSentence(`- ${parts.join(". ")}`);
}

/**
 * The delegations of a section: per direction the totals (stated, else computed from the rows)
 * and a line per delegation, then the reference to the appendix that tabulates them when there is
 * one (`refs`: "(Chi tiết tại Phụ lục kèm theo)"); then the section's indicators. Both directions at zero read
 * "Trong 6 tháng đầu năm 2026, không có đoàn ra, đoàn vào."
 */
export function describeDelegations(
  facts: FactsOf<"delegations">,
  ctx: SentenceContext = {},
  refs: Partial<Record<Direction, string>> = {},
): string[] {
  const rows = facts.delegations ?? [];
  const c: SentenceContext =
    facts.previousYear === undefined ? ctx : { ...ctx, previousYear: facts.previousYear };
  const out: string[] = [];
  const dirs: Direction[] = ["outbound", "inbound"];
  const totals = dirs.map((dir) => {
    const mine = rows.filter((d) => d.direction === dir);
    return { dir, rows: mine, totals: facts.totals?.[dir] ?? (mine.length > 0 ? totalsOf(mine) : undefined) };
  });
  const [outbound, inbound] = totals;
  if (
    facts.previousTotals?.outbound === undefined &&
    facts.previousTotals?.inbound === undefined &&
    outbound?.totals?.delegations.value === 0 &&
    inbound?.totals?.delegations.value === 0 &&
    outbound.rows.length === 0 &&
    inbound.rows.length === 0
  ) {
    out.push(endSentence(capitalize(`${opening(c)}không có đoàn ra, đoàn vào`)));
  } else {
    for (const t of totals) {
      if (t.totals !== undefined) {
        const previous = facts.previousTotals?.[t.dir];
        out.push(
          describeDelegationTotals(t.dir, t.totals, c, {
            lead: t.rows.length > 0,
            partial:
              (t.totals.delegations.qualifier ?? "exact") !== "exact" ||
              t.rows.length < t.totals.delegations.value,
            ...(previous === undefined ? {} : { previous }),
          }),
        );
      } else {
        // Only the base period's totals: said as they are, never as this period's.
        const previous = facts.previousTotals?.[t.dir];
        if (previous !== undefined) out.push(describePreviousTotals(t.dir, previous, c));
      }
      for (const d of t.rows) out.push(describeDelegation(d));
      const ref = refs[t.dir];
      if (ref !== undefined && t.rows.length > 0) out.push(ref);
    }
  }
  out.push(...describeIndicators(facts.indicators ?? [], c));
  return out;
}

/**
 * Stated totals of both directions in one sentence, as notices give them: "Có 09 đoàn ra với
 * tổng số 114 lượt; 21 đoàn vào với tổng số 175 lượt."
 */
export function describeDelegationTotalsPair(
  pair: { outbound?: DelegationTotals; inbound?: DelegationTotals },
  ctx: SentenceContext = {},
): string[] {
  const clauses: string[] = [];
  for (const dir of ["outbound", "inbound"] as const) {
    const t = pair[dir];
    if (t === undefined) continue;
    const sentence = stripEnd(describeDelegationTotals(dir, t, {}));
    clauses.push(
      clauses.length === 0 ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : lowerLead(sentence),
    );
  }
  if (clauses.length === 0) return [];
  return [endSentence(capitalize(opening(ctx) + clauses.join("; ")))];
}

/** "Có 21 đoàn vào …" inside a list: "21 đoàn vào …" ("không có …" is kept). */
function lowerLead(s: string): string {
  if (s.startsWith("Có ")) return s.slice(3);
  return s.charAt(0).toLowerCase() + s.slice(1);
}
