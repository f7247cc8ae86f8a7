/**
 * Foreign non-governmental aid (viện trợ PCPNN) and investment projects: values with their
 * currency and equivalent ("trị giá cam kết 50.000 USD (tương đương khoảng 1,2 tỷ đồng)"),
 * committed, received and disbursed each with its own words, project and non-project aid, aid in
 * kind, a stated total beside a few notable rows, amounts of other periods.
 */
import {
  type AidProject,
  type Count,
  ENUM_PHRASES,
  formatCount,
  type InvestmentProject,
  type Money,
  padCount,
} from "@doingoai/core";
import { describeCitation } from "./citations";
import type { FactsOf } from "./facts";
import { describeIndicators } from "./indicators";
import { describeMoney, describeMoneyFigure, moneyStatusWord } from "./money";

/** Kept here too: modules that wrote aid values imported it from `./aid`. */
export { describeMoney } from "./money";

import {
  capitalize,
  dateRange,
  endSentence,
  lowerFirst,
  mentions,
  opening,
  type SentenceContext,
  stripEnd,
  withCountry,
} from "./phrase";

/**
 * "Dự án FDI “…”", or the title as it is when it names itself a project or an aid item ("Dự án
 * nhà máy may", "Khoản hỗ trợ bão số 3") — with the kind after it when the title does not say it:
 * "Dự án nhà máy may (FDI)", "Khoản hỗ trợ bão số 3 (viện trợ khẩn cấp)".
 */
function projectName(title: string, word: string): string {
  const t = stripEnd(title.trim());
  const lower = t.toLowerCase();
  if (!(lower.startsWith("dự án") || lower.startsWith("khoản") || lower.startsWith("chương trình")))
    return `${word} “${t}”`;
  const kind = word.replace(/^(Dự án|Khoản)\s*/u, "");
  return kind === "" || mentions(t, kind) ? t : `${t} (${kind})`;
}

function sameCurrency(a: Money, b: Money): boolean {
  return a.currency === b.currency;
}

/** The amounts of aid by status, in the order a document gives them. */
interface AidAmounts {
  committed?: Money | undefined;
  received?: Money | undefined;
  disbursed?: Money | undefined;
}

/**
 * The amounts with their status words: "cam kết X, đã tiếp nhận Y, đã giải ngân Z". A committed
 * amount is always named so: it never reads as received.
 */
function amountsText(a: AidAmounts): string {
  const parts: string[] = [];
  if (a.committed !== undefined) parts.push(`${moneyStatusWord("committed")} ${describeMoney(a.committed)}`);
  if (a.received !== undefined) parts.push(`${moneyStatusWord("received")} ${describeMoney(a.received)}`);
  if (a.disbursed !== undefined) parts.push(`${moneyStatusWord("disbursed")} ${describeMoney(a.disbursed)}`);
  return parts.join(", ");
}

/** The value part of a row: "trị giá cam kết X, đã tiếp nhận Y"; empty without amounts. */
function valueText(a: AidAmounts): string {
  const text = amountsText(a);
  return text === "" ? "" : `trị giá ${text}`;
}

function beneficiariesText(c: Count): string {
  return `đối tượng hưởng lợi: ${formatCount(c)}`;
}

/**
 * One aid project as a "- " line: "- Dự án “Nước sạch cho trường học” do Tổ chức X (Hàn Quốc)
 * tài trợ, lĩnh vực giáo dục, trị giá cam kết 50.000 USD (tương đương khoảng 1,2 tỷ đồng); viện
 * trợ hiện vật: 200 bộ bàn ghế (trị giá ước tính 100 triệu đồng); đối tượng hưởng lợi: 1.200 học
 * sinh." Non-project and emergency aid are named so ("Khoản viện trợ phi dự án “…”").
 */
export function describeAidProject(p: AidProject): string {
  const word = ENUM_PHRASES.AidKind[p.kind ?? "project"];
  let head = `${projectName(p.title, word)} do ${withCountry(p.donor, p.donorCountry)} tài trợ`;
  if (p.field !== undefined) head += `, lĩnh vực ${lowerFirst(stripEnd(p.field.trim()))}`;
  const value = valueText(p);
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

const AID = "viện trợ phi chính phủ nước ngoài";

/** Whether the rows are a few notable ones of a larger total: stated, or a stated count above the rows. */
export function isPartialAidList(facts: FactsOf<"ngo-aid">): boolean {
  if (facts.listing !== undefined) return facts.listing === "notable";
  const count = facts.totals?.count;
  return count !== undefined && count.value > (facts.projects ?? []).length;
}

/**
 * What the aid is, with its number: the stated count ("15 khoản viện trợ …", "15 dự án, khoản
 * viện trợ …"), else the number of rows when they are all of them, else no number ("các dự án,
 * khoản viện trợ …"); then the stated projects and non-project items ("gồm 10 dự án và 05 khoản
 * phi dự án").
 */
function aidCountText(facts: FactsOf<"ngo-aid">, partial: boolean): string {
  const count = facts.totals?.count;
  let text: string;
  if (count !== undefined) {
    text =
      count.unit === undefined ? `${formatCount(count)} dự án, khoản ${AID}` : `${formatCount(count)} ${AID}`;
  } else if (!partial && (facts.projects ?? []).length > 0) {
    text = `${padCount(facts.projects!.length)} dự án, khoản ${AID}`;
  } else {
    text = `các dự án, khoản ${AID}`;
  }
  const kinds: string[] = [];
  const { projects, nonProject } = facts.totals ?? {};
  if (projects !== undefined) kinds.push(formatCount({ ...projects, unit: projects.unit ?? "dự án" }));
  if (nonProject !== undefined) {
    kinds.push(`${formatCount({ ...nonProject, unit: nonProject.unit ?? "khoản" })} viện trợ phi dự án`);
  }
  return kinds.length === 0 ? text : `${text} (gồm ${kinds.join(" và ")})`;
}

/**
 * The aid of a section: a lead sentence with the number of projects and items and the total
 * value by status (stated, else summed from the rows when they are all of them and share one
 * currency), then a line per project; then the amounts of other periods and the indicators.
 * "Trong 6 tháng đầu năm 2024, trên địa bàn tiếp nhận 02 dự án, khoản viện trợ phi chính phủ nước
 * ngoài với tổng trị giá cam kết 80.000 USD, đã tiếp nhận 50.000 USD, cụ thể:". The verb follows
 * the amounts: "tiếp nhận" only when an amount was received or disbursed, "có" otherwise, so a
 * committed-only total never reads as received. A few notable rows of a stated total are
 * introduced by "trong đó tiêu biểu:", never counted as the total.
 */
export function describeAid(facts: FactsOf<"ngo-aid">, ctx: SentenceContext = {}): string[] {
  const projects = facts.projects ?? [];
  const totals = facts.totals ?? {};
  const partial = isPartialAidList(facts);
  const fromRows = (key: keyof AidAmounts) => (partial ? undefined : sum(projects.map((p) => p[key])));
  const amounts: AidAmounts = {
    committed: totals.committed ?? fromRows("committed"),
    received: totals.received ?? fromRows("received"),
    disbursed: totals.disbursed ?? fromRows("disbursed"),
  };
  const out: string[] = [];
  const stated =
    totals.count !== undefined ||
    totals.projects !== undefined ||
    totals.nonProject !== undefined ||
    amountsText(amounts) !== "" ||
    totals.inKind !== undefined;
  if (projects.length > 0 || stated) {
    const received = amounts.received !== undefined || amounts.disbursed !== undefined;
    let lead = `${opening(ctx)}trên địa bàn ${received ? "tiếp nhận" : "có"} ${aidCountText(facts, partial)}`;
    const value = amountsText(amounts);
    if (value !== "") lead += ` với tổng trị giá ${value}`;
    if (totals.inKind !== undefined) {
      // "bao gồm", not "trong đó": the list of notable rows may follow with its own "trong đó".
      lead += ` (bao gồm viện trợ bằng hiện vật trị giá ${describeMoney(totals.inKind)})`;
    }
    if (projects.length === 0) out.push(endSentence(capitalize(lead)));
    else out.push(`${capitalize(lead)}, ${partial ? "trong đó tiêu biểu" : "cụ thể"}:`);
    for (const p of projects) out.push(describeAidProject(p));
  }
  for (const f of facts.cumulative ?? []) out.push(describeMoneyFigure(f, `giá trị ${AID}`, ctx));
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
