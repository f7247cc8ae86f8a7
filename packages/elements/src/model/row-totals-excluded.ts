/**
 * The other half of `ROW_TOTALS` (`row-totals.ts`): stated counts and amounts that sit beside rows
 * but are not their total, each with the reason. Read by `row-totals.test.ts` only (not shipped):
 * a count or amount of the model beside rows must be in one table or the other.
 */
/**
 * Stated counts and amounts that sit beside rows but are not their total, by `ObjectId` and the
 * dotted path of the count, with the reason.
 */
export const NOT_ROW_TOTALS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DelegationFacts: {
    "previousTotals.outbound.delegations":
      "the same period of the previous year: the rows are of this period",
    "previousTotals.outbound.persons": "the same period of the previous year: the rows are of this period",
    "previousTotals.outbound.days": "the same period of the previous year: the rows are of this period",
    "previousTotals.inbound.delegations": "the same period of the previous year: the rows are of this period",
    "previousTotals.inbound.persons": "the same period of the previous year: the rows are of this period",
    "previousTotals.inbound.days": "the same period of the previous year: the rows are of this period",
    "previousTotals.exchanged.delegations":
      "the same period of the previous year: the rows are of this period",
    "previousTotals.exchanged.persons": "the same period of the previous year: the rows are of this period",
    "previousTotals.exchanged.days": "the same period of the previous year: the rows are of this period",
  },
  GeneralFacts: Object.fromEntries(
    ["outbound", "inbound"].flatMap((d) =>
      ["delegations", "persons", "days"].map((k) => [
        `delegationTotals.${d}.${k}`,
        "a custom area's or a notice item's figures of delegations: it has no rows of delegations (its events are not)",
      ]),
    ),
  ),
  Delegation: {
    cost: "what the delegation cost: its lists (countries, decisions) are not amounts",
  },
  AidProject: {
    beneficiaries: "people the project reaches: its items in kind are goods, not people",
    committed: "the project's own amount, stated; its items in kind are valued apart (`inKind`)",
    received: "the project's own amount, stated; its items in kind are valued apart (`inKind`)",
    disbursed: "the project's own amount, stated; its items in kind are valued apart (`inKind`)",
  },
  Event: {
    participants: "people at the event: no row of the event (partners, indicators) counts them",
    foreignParticipants: "foreign people at the event: its partners are organisations, not persons",
  },
  Indicator: {
    count: "the breakdown is “trong đó”: parts named, not always all of them",
    previous: "the previous period's figure: the breakdown is of this period",
  },
  Partner: {
    count: "“03 tỉnh” often names fewer than it counts; with no count the document already counts the names",
  },
};
