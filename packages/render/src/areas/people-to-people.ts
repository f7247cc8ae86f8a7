/** People-to-people diplomacy (đối ngoại nhân dân): figures, partnerships, partners by level and country, events. */
import { describeEvents, describePartnerships } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines, partnerLines } from "./common";
import type { AreaRenderer } from "./types";

export const peopleToPeople: AreaRenderer<FactsOf<"people-to-people">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...describePartnerships(f.partnerships ?? []),
    ...partnerLines(f.partnersByLevel),
    ...describeEvents(f.events ?? [], ctx),
    ...citationLines(f),
  ],
};
