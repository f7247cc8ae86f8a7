/**
 * Sentences several areas share: their indicators, the texts they implement, investment projects,
 * partners by level and country.
 */
import { ENUM_PHRASES, formatCount, type InvestmentProject, type Partner, padCount } from "@doingoai/core";
import { describeInvestmentProject } from "../sentences/aid";
import { describeCitations } from "../sentences/citations";
import type { GeneralFacts } from "../sentences/facts";
import { describeIndicators } from "../sentences/indicators";
import { capitalize, endSentence, opening, type SentenceContext, stripEnd } from "../sentences/phrase";

/** The indicators of a section in one sentence. */
export function indicatorLines(
  facts: { indicators?: GeneralFacts["indicators"] },
  ctx: SentenceContext,
): string[] {
  return describeIndicators(facts.indicators ?? [], ctx);
}

/** The texts a section implements ("Tiếp tục quán triệt, triển khai thực hiện …"). */
export function citationLines(facts: { citations?: GeneralFacts["citations"] }): string[] {
  return describeCitations(facts.citations ?? []);
}

/** Investment projects: a lead sentence with their number, then a line per project. */
export function investmentLines(
  projects: readonly InvestmentProject[] | undefined,
  ctx: SentenceContext,
): string[] {
  if (projects === undefined || projects.length === 0) return [];
  return [
    `${capitalize(`${opening(ctx)}trên địa bàn có ${padCount(projects.length)} dự án đầu tư có yếu tố nước ngoài`)}, cụ thể:`,
    ...projects.map(describeInvestmentProject),
  ];
}

/**
 * Partners of one level: "03 tỉnh" and their names, "Phông Sa Lỳ, Luông Pha Bang, U Đôm Xay" —
 * the stated count (its unit as the document names the level: "12 bản"), else the number of names.
 */
function partnerGroup(p: Partner): { head: string; names: string } {
  const unit = p.count?.unit ?? ENUM_PHRASES.PartnerLevel[p.level];
  const names = (p.names ?? []).map((n) => stripEnd(n.trim())).filter((n) => n !== "");
  const value = p.count?.value ?? names.length;
  const head =
    p.count === undefined && names.length === 0 ? `các ${unit}` : formatCount({ ...p.count, value, unit });
  return { head, names: names.join(", ") };
}

const named = (g: { head: string; names: string }) => (g.names === "" ? g.head : `${g.head} (${g.names})`);

/**
 * Groups of partners, those of one country together: "03 tỉnh (…), 12 huyện của Lào; 01 tỉnh của
 * Trung Quốc (Vân Nam)" (one group of a country: its names after the country). Countries
 * themselves ("02 quốc gia (Lào, Trung Quốc)") take no "của".
 */
export function describePartners(list: readonly Partner[]): string {
  const runs: { country: string | undefined; groups: { head: string; names: string }[] }[] = [];
  for (const p of list) {
    const country = p.level === "country" || p.country === undefined ? undefined : stripEnd(p.country.trim());
    const last = runs.at(-1);
    if (last !== undefined && last.country === country) last.groups.push(partnerGroup(p));
    else runs.push({ country, groups: [partnerGroup(p)] });
  }
  return runs
    .map(({ country, groups }) => {
      if (country === undefined) return groups.map(named).join(", ");
      const [only] = groups;
      if (groups.length === 1 && only !== undefined)
        return named({ head: `${only.head} của ${country}`, names: only.names });
      return `${groups.map(named).join(", ")} của ${country}`;
    })
    .join("; ");
}

/**
 * The partners an area lists by level and country, in one sentence, by kind of relation:
 * "Địa phương có quan hệ kết nghĩa với 03 tỉnh, 12 huyện của Lào; quan hệ hữu nghị với 01 tổ chức
 * của Nhật Bản." Partners of no stated kind are "quan hệ hợp tác với …".
 */
export function partnerLines(list: readonly Partner[] | undefined): string[] {
  if (list === undefined || list.length === 0) return [];
  const byKind = new Map<Partner["kind"], Partner[]>();
  for (const p of list) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const clauses = [...byKind].map(([kind, partners]) => {
    const lead = kind === undefined ? "quan hệ hợp tác với" : lowerFirst(ENUM_PHRASES.PartnershipKind[kind]);
    return `${lead} ${describePartners(partners)}`;
  });
  return [endSentence(`Địa phương có ${clauses.join("; ")}`)];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
