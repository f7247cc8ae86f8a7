/**
 * Constants of the model that the run time needs without zod (validation, labels, forms read
 * the model IR; only build-time tools and Node users load the zod schemas).
 */

/** The schema version this release writes. Older documents are migrated (see migrate.ts). */
export const SCHEMA_VERSION = 1;

/** Standard area ids, in the order of the newest outline (seed 004) then the others. */
export const AREA_IDS = [
  "delegations",
  "international-agreements",
  "international-conferences",
  "economic-diplomacy",
  "ngo-aid",
  "cultural-diplomacy",
  "external-information",
  "consular",
  "overseas-vietnamese",
  "awards",
  "people-to-people",
  "direction",
  "organisation-training",
] as const;

export const DOCUMENT_KINDS = ["report", "plan", "conclusion-notice", "report-request"] as const;

/** A standard area's id. */
export type AreaId = (typeof AREA_IDS)[number];
