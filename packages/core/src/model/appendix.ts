/**
 * Appendix tables (phụ lục / biểu / bảng tổng hợp). Tables of typed facts take their rows from
 * the document's own facts (one source); a free table carries its own rows.
 */
import * as z from "zod";
import { Direction, FreeTable } from "./facts";
import { Line, Text } from "./values";

export const AppendixTable = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("delegations"), direction: Direction }),
    z.strictObject({ type: z.literal("ngo-aid") }),
    z.strictObject({ type: z.literal("agreements") }),
    z.strictObject({ type: z.literal("conferences") }),
    z.strictObject({ type: z.literal("free"), table: FreeTable }),
  ])
  .meta({ id: "AppendixTable" });
export type AppendixTable = z.infer<typeof AppendixTable>;

export const Appendix = z
  .strictObject({
    /** "BẢNG TỔNG HỢP ĐOÀN RA NĂM 2019". */
    title: Line,
    /** The line under the title; generated from the frame when absent ("(Kèm theo Báo cáo số …)"). */
    subtitle: Line.optional(),
    table: AppendixTable,
    note: Text.optional(),
  })
  .meta({ id: "Appendix" });
export type Appendix = z.infer<typeof Appendix>;

/**
 * Where the rows of each typed appendix table come from: the area, its list of facts, the field
 * a row must share with the table's spec (the delegations of one direction), and the fields of a
 * row the table prints (its columns). A fact printed there reaches the document even when its
 * section prints its narrative only (`narrative.facts-left-out` does not name it); render's tables
 * are checked against these lists (`packages/render/src/areas/appendix-rows.test.ts`).
 */
export const APPENDIX_ROWS = {
  delegations: {
    area: "delegations",
    list: "delegations",
    match: "direction",
    fields: [
      "name",
      "countries",
      "headRank",
      "content",
      "partner",
      "host",
      "place",
      "members",
      "days",
      "from",
      "to",
      "funding",
      "cost",
    ],
  },
  "ngo-aid": {
    area: "ngo-aid",
    list: "projects",
    fields: [
      "donor",
      "donorCountry",
      "title",
      "kind",
      "field",
      "committed",
      "received",
      "disbursed",
      "inKind",
      "beneficiaries",
      "from",
      "to",
    ],
  },
  agreements: {
    area: "international-agreements",
    list: "agreements",
    fields: ["title", "partner", "partnerCountry", "signedOn", "signer", "status", "statusNote"],
  },
  conferences: {
    area: "international-conferences",
    list: "conferences",
    fields: [
      "title",
      "from",
      "to",
      "dateText",
      "place",
      "where",
      "organiser",
      "participants",
      "foreignParticipants",
      "approval",
      "result",
    ],
  },
} as const satisfies Record<
  Exclude<AppendixTable["type"], "free">,
  { area: string; list: string; match?: string; fields: readonly string[] }
>;
