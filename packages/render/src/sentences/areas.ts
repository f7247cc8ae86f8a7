/**
 * The sentences of a section of general facts (a custom area, a plan or notice item); "nothing to
 * report"; a plan's reporting duty. Used where a section has facts and no narrative of its own.
 * A standard area's sentences are its renderer's (`../areas`).
 */
import { ENUM_PHRASES } from "@doingoai/core";
import { describeEvents } from "./activities";
import { describeCitations, describeIssued, describeRankings } from "./citations";
import { describeDelegationTotalsPair } from "./delegations";
import type { GeneralFacts, ReportingDuty } from "./facts";
import { describeIndicators } from "./indicators";
import { endSentence, type SentenceContext, stripEnd } from "./phrase";

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
