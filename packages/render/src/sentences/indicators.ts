/**
 * Indicators (measured quantities of an area) as a clerk writes them: "Trong 6 tháng đầu năm
 * 2026, có 87 lượt người nước ngoài đến địa phương (không tăng, không giảm so với cùng kỳ năm
 * 2025)." Known keys take their phrase from INDICATORS; others use their own label. A comparison
 * the source states (`change`) is written as stated; a figure of another period (`period`) gets
 * a sentence of its own.
 */
import { INDICATORS, type Indicator, isIndicatorKey } from "@doingoai/core";
import { describeComparison } from "./money";
import {
  bracket,
  capitalize,
  countComparison,
  countPhrase,
  endSentence,
  factPeriodContext,
  opening,
  type SentenceContext,
  stripEnd,
  zeroPhrase,
} from "./phrase";
import { withPlace } from "./place";

function phraseOf(ind: Indicator): { unit: string | undefined; phrase: string } {
  const def = ind.key !== undefined && isIndicatorKey(ind.key) ? INDICATORS[ind.key] : undefined;
  return { unit: ind.count.unit ?? def?.unit, phrase: withPlace(ind.label ?? def?.vi ?? "", ind.place) };
}

/**
 * The figure of an indicator with what it counts, no period and no comparison:
 * "87 lượt người nước ngoài đến địa phương", "trên 70 lượt tuyên truyền trên hệ thống truyền
 * thanh"; a zero count reads "không có người nước ngoài cư trú, hoạt động tại địa phương".
 */
export function describeIndicatorPhrase(ind: Indicator): string {
  const { unit, phrase } = phraseOf(ind);
  if (ind.count.value === 0) return `không có ${zeroPhrase(unit, phrase)}`;
  return countPhrase(ind.count, phrase, unit);
}

function clause(ind: Indicator, ctx: SentenceContext, withCo: boolean): string {
  const { unit } = phraseOf(ind);
  const zero = ind.count.value === 0;
  const main = zero || !withCo ? describeIndicatorPhrase(ind) : `có ${describeIndicatorPhrase(ind)}`;
  const remarks: string[] = [];
  if (ind.note !== undefined && ind.note.trim() !== "") remarks.push(stripEnd(ind.note.trim()));
  if (ind.breakdown !== undefined && ind.breakdown.length > 0) {
    const parts = ind.breakdown.map((b) => countPhrase(b.count, stripEnd(b.label), unit));
    remarks.push(`trong đó: ${parts.join("; ")}`);
  }
  if (ind.change !== undefined) {
    // The comparison the source states is written as stated, in place of one computed from `previous`.
    remarks.push(describeComparison(ind.change, ctx));
  } else if (ind.previous !== undefined && ctx.previousYear !== undefined) {
    remarks.push(countComparison(ind.count, ind.previous, ctx.previousYear, unit));
  }
  return main + bracket(remarks);
}

/** The context of an indicator: its own period's when it has one (a cumulative figure), else the document's. */
function contextOf(ind: Indicator, ctx: SentenceContext): SentenceContext {
  return ind.period === undefined ? ctx : factPeriodContext(ind.period);
}

/**
 * The figure of an indicator with what it counts and its remarks in a bracket (note, breakdown,
 * comparison when `ctx` has the year), no period: as an event's figures are written, "1.200 lượt
 * khách (chủ yếu khách Trung Quốc; tăng 20% so với cùng kỳ năm 2025)".
 */
export function describeIndicatorFigure(ind: Indicator, ctx: SentenceContext = {}): string {
  if (ind.period === undefined) return clause(ind, ctx, false);
  const own = contextOf(ind, ctx);
  return `${own.periodLabel ?? ""}: ${clause(ind, own, false)}`;
}

/**
 * One sentence for one indicator.
 * @example describeIndicator({ key: "foreignersArrived", count: { value: 87, unit: "lượt" }, previous: { value: 87 } }, { periodLabel: "6 tháng đầu năm 2026", previousYear: 2025 })
 *   === "Trong 6 tháng đầu năm 2026, có 87 lượt người nước ngoài đến địa phương (không tăng, không giảm so với cùng kỳ năm 2025)."
 */
export function describeIndicator(ind: Indicator, ctx: SentenceContext = {}): string {
  return describeIndicators([ind], ctx)[0]!;
}

/**
 * The indicators of a section in one sentence, clauses joined by "; ": "Trong 6 tháng đầu năm
 * 2024, có 10 trường hợp nhập cảnh hợp pháp; 03 trường hợp công dân vi phạm pháp luật nước
 * ngoài; không có công dân bị tai nạn tại nước ngoài." An empty list gives no sentence.
 */
export function describeIndicators(list: readonly Indicator[], ctx: SentenceContext = {}): string[] {
  const ofDocument = list.filter((i) => i.period === undefined);
  const out: string[] = [];
  if (ofDocument.length > 0) {
    const clauses: string[] = [];
    let withCo = true;
    for (const ind of ofDocument) {
      clauses.push(clause(ind, ctx, withCo));
      withCo = ind.count.value === 0;
    }
    out.push(endSentence(capitalize(opening(ctx) + clauses.join("; "))));
  }
  // A figure of another period (a cumulative one) is a sentence of its own, opening with its period.
  for (const ind of list) {
    if (ind.period === undefined) continue;
    const own = contextOf(ind, ctx);
    out.push(endSentence(capitalize(opening(own) + clause(ind, own, true))));
  }
  return out;
}
