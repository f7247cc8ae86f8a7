/** Sentences several areas share: their indicators, the texts they implement, investment projects. */
import { type InvestmentProject, padCount } from "@doingoai/core";
import { describeInvestmentProject } from "../sentences/aid";
import { describeCitations } from "../sentences/citations";
import type { GeneralFacts } from "../sentences/facts";
import { describeIndicators } from "../sentences/indicators";
import { capitalize, opening, type SentenceContext } from "../sentences/phrase";

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
