/**
 * Economic diplomacy (ngoại giao kinh tế): foreign-capital projects, labour markets, the
 * import–export turnover (with its stated comparison and its parts, export and import), other
 * money figures of the area (stated comparisons, cumulative amounts), promotion events, foreign partners by level and country.
 */
import * as z from "zod";
import { Event, InvestmentProject, MoneyFigure, NamedMoneyFigure } from "../../model/facts";
import { Line } from "../../model/values";
import { common, list } from "../common";
import { partnerList } from "../partners";

export const EconomicFacts = z
  .strictObject({
    ...common,
    projects: list(InvestmentProject),
    labourMarkets: list(Line, 100),
    /** The import–export turnover: a plain `Money`, or with `change` and `parts` (xuất khẩu, nhập khẩu). */
    exportImport: MoneyFigure.optional(),
    /** Other amounts of the area, each named: "vốn FDI đăng ký mới", "giai đoạn 2016 - 2020: hơn 80 triệu USD". */
    figures: list(NamedMoneyFigure, 100),
    events: list(Event),
    /** Foreign partners by level and country ("hợp tác với 02 tỉnh của Trung Quốc (Quảng Tây, Vân Nam)"). */
    partnersByLevel: partnerList(),
  })
  .meta({ id: "EconomicFacts" });
export type EconomicFacts = z.infer<typeof EconomicFacts>;
