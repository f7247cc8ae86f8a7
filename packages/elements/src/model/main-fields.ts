/**
 * The fields that matter first, by object (`ObjectId` of the model): an area's rows and its main
 * counts, a row's name, places, dates and size. The other fields of these objects are shown
 * behind "Thêm chi tiết" (`fields.ts` marks them `detail`); objects not listed show every field.
 * The one table of it: the form's disclosure and the columns of a pasted table follow it.
 */
export const MAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // The facts of each standard area: its rows and its stated totals.
  DelegationFacts: ["delegations", "totals"],
  NgoAidFacts: ["projects", "totals"],
  EconomicFacts: ["projects", "exportImport"],
  AwardFacts: ["awards", "indicators"],
  ConsularFacts: ["indicators"],
  CulturalFacts: ["events", "indicators"],
  DirectionFacts: ["issued"],
  ExternalInformationFacts: ["reporterVisits", "events"],
  AgreementFacts: ["agreements"],
  ConferenceFacts: ["conferences"],
  OrganisationFacts: ["trainings"],
  OverseasFacts: ["events", "projects"],
  PeopleFacts: ["partnerships", "events"],
  // A section written in words (assessment, outlook, directions, the context, a custom area): its
  // text; its figures (indicators, delegations, rankings, events, a table) and what to print
  // behind "Thêm chi tiết", which opens by itself when they hold something.
  SectionContent: ["narrative"],
  // The rows: what names them, where, when, how many.
  Delegation: ["direction", "name", "countries", "from", "to", "members", "days"],
  AidProject: ["donor", "donorCountry", "title", "kind", "committed", "received", "disbursed"],
  InvestmentProject: ["kind", "title", "investor", "country", "capital"],
  Event: ["title", "from", "to", "place", "participants"],
};

/** Whether the field `key` of the object `objectId` is shown behind "Thêm chi tiết". */
export function isDetail(objectId: string | undefined, key: string): boolean {
  const main = objectId ? MAIN_FIELDS[objectId] : undefined;
  return main !== undefined && !main.includes(key);
}
