/**
 * Economic diplomacy (ngoại giao kinh tế): figures (the labour markets go with the count of
 * workers sent abroad), the import–export turnover with its stated comparison and its parts, the
 * other money figures, investment projects, promotion events.
 */
import { INDICATORS, type Indicator } from "@doingoai/core";
import { describeEvents, describeLabourMarkets, labourMarketsPhrase } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { describeIndicators } from "../sentences/indicators";
import { describeMoneyFigure } from "../sentences/money";
import { stripEnd } from "../sentences/phrase";
import { citationLines, investmentLines, partnerLines } from "./common";
import type { AreaRenderer } from "./types";

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

export const economicDiplomacy: AreaRenderer<FactsOf<"economic-diplomacy">> = {
  sentences: (f, ctx) => {
    const { indicators, markets } = withLabourMarkets(f.indicators ?? [], f.labourMarkets ?? []);
    const out = [...describeIndicators(indicators, ctx), ...describeLabourMarkets(markets)];
    if (f.exportImport !== undefined) {
      out.push(describeMoneyFigure(f.exportImport, "kim ngạch xuất nhập khẩu", ctx));
    }
    for (const figure of f.figures ?? []) out.push(describeMoneyFigure(figure, figure.label, ctx));
    out.push(
      ...investmentLines(f.projects, ctx),
      ...partnerLines(f.partnersByLevel),
      ...describeEvents(f.events ?? [], ctx, "hoạt động xúc tiến, quảng bá"),
    );
    return [...out, ...citationLines(f)];
  },
};
