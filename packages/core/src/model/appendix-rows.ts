/** Which facts each typed appendix table prints — zod-free, so validation can read it without the schemas. */
import type { AppendixTable } from "./appendix";

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
