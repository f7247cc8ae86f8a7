/**
 * Foreign non-governmental aid (viện trợ phi chính phủ nước ngoài): projects and items (project,
 * non-project, emergency), the stated totals (number of items, committed, received, disbursed,
 * in kind), whether the rows are all the items or a few notable ones, and amounts over other
 * periods.
 */
import * as z from "zod";
import { AidProject, MoneyFigure } from "../../model/facts";
import { withRules } from "../../model/rule-sites";
import { Count, Money } from "../../model/values";
import { common, list } from "../common";
import { partnerList } from "../partners";

/**
 * The totals the document states: the number of projects and items ("15 khoản"), of them
 * projects and non-project items, and the amounts by status. Each is written as stated, never
 * replaced by a sum of the rows.
 */
export const AidTotals = z
  .strictObject({
    count: Count.optional(),
    projects: Count.optional(),
    nonProject: Count.optional(),
    committed: Money.optional(),
    received: Money.optional(),
    disbursed: Money.optional(),
    /** The value of the aid given in kind (hiện vật), part of the amounts above. */
    inKind: Money.optional(),
  })
  .meta({ id: "AidTotals" });
export type AidTotals = z.infer<typeof AidTotals>;

/** Whether the rows are every project and item ("cụ thể:") or a few notable ones ("trong đó tiêu biểu:"). */
export const AidListing = z.enum(["all", "notable"]).meta({ id: "AidListing" });
export type AidListing = z.infer<typeof AidListing>;

export const NgoAidFacts = withRules(
  z
    .strictObject({
      ...common,
      projects: list(AidProject, 5000),
      /** Default: "notable" when the stated `totals.count` is above the number of rows, else "all". */
      listing: AidListing.optional(),
      totals: AidTotals.optional(),
      /** Amounts over other periods ("giai đoạn 2016 - 2020, vận động hơn 80 triệu USD"). */
      cumulative: list(MoneyFigure, 50),
      /** The donors as partners, by level and country ("quan hệ với 45 tổ chức phi chính phủ nước ngoài"). */
      partnersByLevel: partnerList(),
    })
    .meta({ id: "NgoAidFacts" }),
  "aidRowsWithinTotal",
);
export type NgoAidFacts = z.infer<typeof NgoAidFacts>;
