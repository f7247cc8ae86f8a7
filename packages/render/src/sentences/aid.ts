/**
 * Foreign non-governmental aid (viện trợ PCPNN) and investment projects: values with their
 * currency and equivalent ("trị giá 50.000 USD (tương đương khoảng 1,2 tỷ đồng)"), committed
 * against received, aid in kind.
 */
import {
  type AidProject,
  type Count,
  ENUM_PHRASES,
  formatCount,
  formatDateShort,
  type InvestmentProject,
  type Money,
  padCount,
} from "@doingoai/core";
import { describeCitation } from "./citations";
import type { FactsOf } from "./facts";
import { describeIndicators } from "./indicators";
import {
  capitalize,
  dateRange,
  describeAmount,
  endSentence,
  lowerFirst,
  opening,
  type SentenceContext,
  stripEnd,
  withCountry,
} from "./phrase";

/**
 * Money as running text writes it, at the precision the document states: "50.000 USD (tương
 * đương khoảng 1,2 tỷ đồng)", "42.000 USD (tương đương khoảng 1,05 tỷ đồng, theo tỷ giá ngày
 * 01/02/2025)"; an amount that has no short form keeps every digit ("12.069.992 USD").
 */
export function describeMoney(m: Money): string {
  const main = describeAmount(m);
  if (m.equivalent === undefined) return main;
  const rate = m.rateDate === undefined ? "" : `, theo tỷ giá ngày ${formatDateShort(m.rateDate)}`;
  return `${main} (tương đương ${describeAmount(m.equivalent)}${rate})`;
}

/** "Dự án “…”" unless the title already names itself a project or an aid item. */
function projectName(title: string, word: string): string {
  const t = stripEnd(title.trim());
  const lower = t.toLowerCase();
  if (lower.startsWith("dự án") || lower.startsWith("khoản") || lower.startsWith("chương trình")) return t;
  return `${word} “${t}”`;
}

function sameCurrency(a: Money, b: Money): boolean {
  return a.currency === b.currency;
}

/** The value part: "trị giá X", "đã tiếp nhận Y" or "trị giá cam kết X, đã tiếp nhận Y". */
function valueText(committed: Money | undefined, received: Money | undefined): string {
  if (committed !== undefined && received !== undefined) {
    return `trị giá cam kết ${describeMoney(committed)}, đã tiếp nhận ${describeMoney(received)}`;
  }
  if (committed !== undefined) return `trị giá ${describeMoney(committed)}`;
  if (received !== undefined) return `đã tiếp nhận ${describeMoney(received)}`;
  return "";
}

function beneficiariesText(c: Count): string {
  return `đối tượng hưởng lợi: ${formatCount(c)}`;
}

/**
 * One aid project as a "- " line: "- Dự án “Nước sạch cho trường học” do Tổ chức X (Hàn Quốc)
 * tài trợ, lĩnh vực giáo dục, trị giá 50.000 USD (tương đương khoảng 1,2 tỷ đồng); viện trợ hiện
 * vật: 200 bộ bàn ghế (trị giá ước tính 100 triệu đồng); đối tượng hưởng lợi: 1.200 học sinh."
 */
export function describeAidProject(p: AidProject): string {
  let head = `${projectName(p.title, "Dự án")} do ${withCountry(p.donor, p.donorCountry)} tài trợ`;
  if (p.field !== undefined) head += `, lĩnh vực ${lowerFirst(stripEnd(p.field.trim()))}`;
  const value = valueText(p.committed, p.received);
  if (value !== "") head += `, ${value}`;
  const range = dateRange(p.from, p.to);
  if (range !== "") head += `, thời gian thực hiện ${range}`;
  const parts = [head];
  if (p.inKind !== undefined && p.inKind.length > 0) {
    const items = p.inKind.map((k) =>
      k.estimatedValue === undefined
        ? stripEnd(k.description)
        : `${stripEnd(k.description)} (trị giá ước tính ${describeMoney(k.estimatedValue)})`,
    );
    parts.push(`viện trợ hiện vật: ${items.join(", ")}`);
  }
  if (p.beneficiaries !== undefined) parts.push(beneficiariesText(p.beneficiaries));
  if (p.approval !== undefined) parts.push(`phê duyệt tại ${describeCitation(p.approval)}`);
  return endSentence(`- ${parts.join("; ")}`);
}

/** Sum of amounts when they share one currency and none is qualified; undefined otherwise. */
function sum(list: readonly (Money | undefined)[]): Money | undefined {
  const given = list.filter((m): m is Money => m !== undefined);
  if (given.length === 0 || given.length !== list.length) return undefined;
  const first = given[0]!;
  if (!given.every((m) => sameCurrency(m, first) && (m.qualifier ?? "exact") === "exact")) return undefined;
  return { amount: given.reduce((n, m) => n + m.amount, 0), currency: first.currency };
}

/**
 * The aid of a section: a lead sentence with the number of projects and the total value
 * (stated, else summed when all share one currency), then a line per project; then the
 * indicators. "Trong 6 tháng đầu năm 2024, trên địa bàn tiếp nhận 02 dự án viện trợ phi chính
 * phủ nước ngoài với tổng trị giá cam kết 80.000 USD, cụ thể:"
 */
export function describeAid(facts: FactsOf<"ngo-aid">, ctx: SentenceContext = {}): string[] {
  const projects = facts.projects ?? [];
  const out: string[] = [];
  if (projects.length > 0) {
    const committed = facts.totals?.committed ?? sum(projects.map((p) => p.committed));
    const received = facts.totals?.received ?? sum(projects.map((p) => p.received));
    let lead = `${opening(ctx)}trên địa bàn tiếp nhận ${padCount(projects.length)} dự án, khoản viện trợ phi chính phủ nước ngoài`;
    if (committed !== undefined && received !== undefined) {
      lead += ` với tổng trị giá cam kết ${describeMoney(committed)}, đã tiếp nhận ${describeMoney(received)}`;
    } else if (committed !== undefined) {
      lead += ` với tổng trị giá ${describeMoney(committed)}`;
    } else if (received !== undefined) {
      lead += `, tổng trị giá đã tiếp nhận ${describeMoney(received)}`;
    }
    out.push(`${capitalize(lead)}, cụ thể:`);
    for (const p of projects) out.push(describeAidProject(p));
  } else if (facts.totals?.committed !== undefined || facts.totals?.received !== undefined) {
    const value = valueText(facts.totals.committed, facts.totals.received);
    out.push(
      endSentence(capitalize(`${opening(ctx)}viện trợ phi chính phủ nước ngoài trên địa bàn ${value}`)),
    );
  }
  out.push(...describeIndicators(facts.indicators ?? [], ctx));
  return out;
}

const INVESTMENT_WORDS: Readonly<Record<InvestmentProject["kind"], string>> = ENUM_PHRASES.InvestmentKind;

/**
 * An investment project as a "- " line: "- Dự án FDI “Nhà máy may Việt Hàn” của Công ty X (Hàn
 * Quốc), vốn đầu tư 12,1 triệu USD; tình trạng: đang xây dựng."
 */
export function describeInvestmentProject(p: InvestmentProject): string {
  let head = projectName(p.title, INVESTMENT_WORDS[p.kind]);
  if (p.investor !== undefined) head += ` của ${withCountry(p.investor, p.country)}`;
  else if (p.country !== undefined) head += ` (${stripEnd(p.country)})`;
  if (p.capital !== undefined) head += `, vốn đầu tư ${describeMoney(p.capital)}`;
  const parts = [head];
  if (p.status !== undefined) parts.push(`tình trạng: ${stripEnd(p.status)}`);
  return endSentence(`- ${parts.join("; ")}`);
}
