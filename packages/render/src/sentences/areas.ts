/**
 * The sentences of a whole section from its facts, by area; "nothing to report"; a plan's
 * reporting duty. Used where a section has facts and no narrative of its own.
 */
import { type AreaId, ENUM_PHRASES, INDICATORS, type Indicator, padCount } from "@doingoai/core";
import {
  describeAgreements,
  describeAwards,
  describeConferences,
  describeEvents,
  describeLabourMarkets,
  describePartnerships,
  describeReporterVisits,
  labourMarketsPhrase,
} from "./activities";
import { describeAid, describeInvestmentProject, describeMoney } from "./aid";
import { describeCitations, describeIssued, describeRankings } from "./citations";
import { describeDelegations, describeDelegationTotalsPair } from "./delegations";
import type {
  AgreementFacts,
  AwardFacts,
  ConferenceFacts,
  CulturalFacts,
  DelegationFacts,
  DirectionFacts,
  EconomicFacts,
  ExternalInformationFacts,
  GeneralFacts,
  NgoAidFacts,
  OrganisationFacts,
  OverseasFacts,
  PeopleFacts,
  ReportingDuty,
} from "./facts";
import { describeIndicators } from "./indicators";
import { capitalize, endSentence, opening, type SentenceContext, stripEnd } from "./phrase";

/** The sentence for "nothing to report": the answer's own text, else "Không phát sinh." */
export function describeNothing(text?: string): string {
  const own = text?.trim() ?? "";
  return own === "" ? "Không phát sinh." : own;
}

/**
 * Whether a "nothing to report" text is a bare "Không" that reads best right after the heading
 * ("10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: Không.").
 */
export function isBareNone(text: string | undefined): boolean {
  if (text === undefined) return true;
  return /^(không|không có|không phát sinh|chưa phát sinh)\.?$/i.test(text.trim());
}

/**
 * The labour markets go with the count of workers sent abroad, in its clause: "04 lao động đi làm
 * việc ở nước ngoài theo hợp đồng tại các thị trường Nhật Bản và Hàn Quốc". Without such a count
 * (or with none sent), the markets are left for a sentence of their own.
 */
function withLabourMarkets(
  list: readonly Indicator[],
  markets: readonly string[],
): { indicators: readonly Indicator[]; markets: readonly string[] } {
  const where = labourMarketsPhrase(markets);
  const at = list.findIndex((i) => i.key === "labourAbroad" && i.count.value > 0);
  if (where === "" || at < 0) return { indicators: list, markets };
  const ind = list[at]!;
  const label = `${stripEnd(ind.label ?? INDICATORS.labourAbroad.vi)} ${where}`;
  return { indicators: list.map((x, i) => (i === at ? { ...ind, label } : x)), markets: [] };
}

function investmentLines(projects: EconomicFacts["projects"], ctx: SentenceContext): string[] {
  if (projects === undefined || projects.length === 0) return [];
  return [
    `${capitalize(`${opening(ctx)}trên địa bàn có ${padCount(projects.length)} dự án đầu tư có yếu tố nước ngoài`)}, cụ thể:`,
    ...projects.map(describeInvestmentProject),
  ];
}

function common(facts: { indicators?: GeneralFacts["indicators"] }, ctx: SentenceContext): string[] {
  return describeIndicators(facts.indicators ?? [], ctx);
}

function cited(facts: { citations?: GeneralFacts["citations"] }): string[] {
  return describeCitations(facts.citations ?? []);
}

/**
 * The sentences of a section of a standard area from its facts, in the order a clerk writes them:
 * figures first, then the lists ("- " lines), then the texts implemented.
 */
export function describeAreaFacts(
  area: AreaId,
  facts: object,
  ctx: SentenceContext = {},
  refs: AreaAppendixRefs = {},
): string[] {
  const out = areaSentences(area, facts, ctx, refs);
  const ref = area === "delegations" ? undefined : refs.section;
  return ref !== undefined && out.length > 0 ? [...out, ref] : out;
}

/**
 * The references to appendices a section's sentences end with: after the delegations of a
 * direction (`outbound`, `inbound`), or after the whole section (`section`).
 */
export interface AreaAppendixRefs {
  outbound?: string;
  inbound?: string;
  section?: string;
}

function areaSentences(area: AreaId, facts: object, ctx: SentenceContext, refs: AreaAppendixRefs): string[] {
  switch (area) {
    case "delegations":
      return [...describeDelegations(facts as DelegationFacts, ctx, refs), ...cited(facts)];
    case "international-agreements": {
      const f = facts as AgreementFacts;
      return [...common(f, ctx), ...describeAgreements(f.agreements ?? [], ctx), ...cited(f)];
    }
    case "international-conferences": {
      const f = facts as ConferenceFacts;
      return [...common(f, ctx), ...describeConferences(f.conferences ?? [], ctx), ...cited(f)];
    }
    case "economic-diplomacy": {
      const f = facts as EconomicFacts;
      const { indicators, markets } = withLabourMarkets(f.indicators ?? [], f.labourMarkets ?? []);
      const out = [...describeIndicators(indicators, ctx), ...describeLabourMarkets(markets)];
      if (f.exportImport !== undefined) {
        out.push(
          endSentence(
            capitalize(`${opening(ctx)}kim ngạch xuất nhập khẩu đạt ${describeMoney(f.exportImport)}`),
          ),
        );
      }
      out.push(
        ...investmentLines(f.projects, ctx),
        ...describeEvents(f.events ?? [], ctx, "hoạt động xúc tiến, quảng bá"),
      );
      return [...out, ...cited(f)];
    }
    case "ngo-aid":
      return [...describeAid(facts as NgoAidFacts, ctx), ...cited(facts)];
    case "cultural-diplomacy": {
      const f = facts as CulturalFacts;
      return [...common(f, ctx), ...describeEvents(f.events ?? [], ctx, "lễ hội, sự kiện"), ...cited(f)];
    }
    case "external-information": {
      const f = facts as ExternalInformationFacts;
      return [
        ...common(f, ctx),
        ...describeReporterVisits(f.reporterVisits ?? [], ctx),
        ...describeEvents(f.events ?? [], ctx),
        ...cited(f),
      ];
    }
    case "overseas-vietnamese": {
      const f = facts as OverseasFacts;
      return [
        ...common(f, ctx),
        ...investmentLines(f.projects, ctx),
        ...describeEvents(f.events ?? [], ctx, "hoạt động dành cho kiều bào"),
        ...cited(f),
      ];
    }
    case "awards": {
      const f = facts as AwardFacts;
      return [...describeAwards(f.awards ?? [], ctx), ...common(f, ctx), ...cited(f)];
    }
    case "people-to-people": {
      const f = facts as PeopleFacts;
      return [
        ...common(f, ctx),
        ...describePartnerships(f.partnerships ?? []),
        ...describeEvents(f.events ?? [], ctx),
        ...cited(f),
      ];
    }
    case "direction": {
      const f = facts as DirectionFacts;
      return [...describeIssued(f.issued ?? [], ctx), ...cited(f), ...common(f, ctx)];
    }
    case "organisation-training": {
      const f = facts as OrganisationFacts;
      return [
        ...common(f, ctx),
        ...describeEvents(f.trainings ?? [], ctx, "lớp đào tạo, bồi dưỡng"),
        ...cited(f),
      ];
    }
    case "consular":
      return [...common(facts, ctx), ...cited(facts)];
  }
}

/**
 * The sentences of a custom area, a plan item or a notice item (general facts): delegation
 * totals, figures, rankings, events, texts issued and implemented. A free table is a table of
 * the layout, not a sentence.
 */
export function describeGeneralFacts(facts: GeneralFacts, ctx: SentenceContext = {}): string[] {
  return [
    ...(facts.delegationTotals === undefined
      ? []
      : describeDelegationTotalsPair(facts.delegationTotals, ctx)),
    ...describeIndicators(facts.indicators ?? [], ctx),
    ...describeRankings(facts.rankings ?? []),
    ...describeEvents(facts.events ?? [], ctx),
    ...describeIssued(facts.issued ?? [], ctx),
    ...describeCitations(facts.citations ?? []),
  ];
}

const FREQUENCY_WORDS: Readonly<Record<ReportingDuty["frequencies"][number], string>> =
  ENUM_PHRASES.ReportingFrequency;

/**
 * A plan's reporting duty as a "- " line: "- Thực hiện chế độ thông tin, báo cáo định kỳ (6
 * tháng, năm), đột xuất với UBND huyện (qua Văn phòng HĐND và UBND huyện) theo quy định."
 */
export function describeReportingDuty(r: ReportingDuty): string {
  const periodic = r.frequencies
    .filter((f) => f !== "ad-hoc" && f !== "month")
    .map((f) => FREQUENCY_WORDS[f]);
  const kinds: string[] = [];
  if (r.frequencies.includes("month")) kinds.push(FREQUENCY_WORDS.month);
  if (periodic.length > 0) kinds.push(`định kỳ (${periodic.join(", ")})`);
  if (r.frequencies.includes("ad-hoc")) kinds.push(FREQUENCY_WORDS["ad-hoc"]);
  let text = `- Thực hiện chế độ thông tin, báo cáo ${kinds.join(", ")} với ${stripEnd(r.to)}`;
  if (r.via !== undefined) text += ` (qua ${stripEnd(r.via)})`;
  text += " theo quy định";
  if (r.deadline !== undefined) text += `; thời hạn: ${stripEnd(r.deadline)}`;
  return endSentence(text);
}
