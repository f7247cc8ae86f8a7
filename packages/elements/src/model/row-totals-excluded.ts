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

const NO_ROWS = "the area has no rows of what it counts: the figure is only stated";
const EVENTS_UNTYPED = "the area's events have no kind that tells these from its other events";

/**
 * The other half of `INDICATOR_TOTALS` (`indicator-totals.ts`): known indicators whose figure the
 * rows of their area do not give, by indicator key, with the reason.
 */
export const NOT_INDICATOR_TOTALS: Readonly<Record<string, string>> = {
  citizensExitedLegally: `${NO_ROWS} (consular affairs have no rows)`,
  citizensExitedIllegally: `${NO_ROWS} (consular affairs have no rows)`,
  citizensReturned: `${NO_ROWS} (consular affairs have no rows)`,
  citizensViolatingForeignLaw: `${NO_ROWS} (consular affairs have no rows)`,
  citizensInAccidentsAbroad: `${NO_ROWS} (consular affairs have no rows)`,
  legalEntries: `${NO_ROWS} (consular affairs have no rows)`,
  foreignersArrived: `${NO_ROWS} (consular affairs have no rows)`,
  foreignersDeparted: `${NO_ROWS} (consular affairs have no rows)`,
  foreignersResiding: `${NO_ROWS} (consular affairs have no rows)`,
  citizenCasesAbroadHandled: `${NO_ROWS} (consular affairs have no rows)`,
  foreignersViolatingLaw: `${NO_ROWS} (consular affairs have no rows)`,
  festivals: `festivals among the area's events (exchanges, promotion): ${EVENTS_UNTYPED}; and a festival "managed" is counted every year, held or not`,
  tourismSites: `${NO_ROWS} (sites; the rows are events and partners)`,
  promotionBroadcasts: `${NO_ROWS} (broadcasts; the rows are events and partners)`,
  labourAbroad: "persons sent abroad: the labour markets are countries, not workers",
  foreignTourists: `${NO_ROWS} (tourist arrivals)`,
  exportImportActivities: `${NO_ROWS} (activities; the projects and events are not them)`,
  foreignReporters:
    "reporters as persons: the visits state their reporters, and one who came twice would be counted twice",
  pressAgencies:
    "agencies covering the area: the events state their own, and one agency covering two events would be counted twice",
  reporters:
    "reporters covering the area: the events state their own, and one reporter covering two events would be counted twice",
  articles: "articles of the whole period: the events' own figures leave out articles about no event",
  trainings: `training courses among the area's events: ${EVENTS_UNTYPED}`,
  mediaColumns: `${NO_ROWS} (media columns)`,
  onlineCasesHandled: `${NO_ROWS} (cases handled online)`,
  overseasVisits: `${NO_ROWS} (visits home; the events are activities, not visits)`,
  overseasResidents: "persons living in the locality: the rows are events and projects",
  leadersAssigned: "persons in charge: the rows are the texts issued",
  staffFullTime: "staff as persons: the trainings are courses, not staff",
  staffPartTime: "staff as persons: the trainings are courses, not staff",
};
