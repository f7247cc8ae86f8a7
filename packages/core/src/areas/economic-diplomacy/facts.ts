/** Economic diplomacy (ngoại giao kinh tế): foreign-capital projects, labour markets, import–export turnover, promotion events. */
import * as z from "zod";
import { Event, InvestmentProject } from "../../model/facts";
import { Line, Money } from "../../model/values";
import { common, list } from "../common";

export const EconomicFacts = z
  .strictObject({
    ...common,
    projects: list(InvestmentProject),
    labourMarkets: list(Line, 100),
    exportImport: Money.optional(),
    events: list(Event),
  })
  .meta({ id: "EconomicFacts" });
export type EconomicFacts = z.infer<typeof EconomicFacts>;
