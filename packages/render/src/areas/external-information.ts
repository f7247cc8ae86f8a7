/** External information (thông tin đối ngoại): figures, visits of foreign reporters, events. */
import { describeEvents, describeReporterVisits } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines } from "./common";
import type { AreaRenderer } from "./types";

export const externalInformation: AreaRenderer<FactsOf<"external-information">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...describeReporterVisits(f.reporterVisits ?? [], ctx),
    ...describeEvents(f.events ?? [], ctx),
    ...citationLines(f),
  ],
};
