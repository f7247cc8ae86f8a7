/** External information (thông tin đối ngoại) and foreign reporters working in the locality. */
import * as z from "zod";
import { Event, ReporterVisit } from "../../model/facts";
import { common, list } from "../common";

export const ExternalInformationFacts = z
  .strictObject({
    ...common,
    reporterVisits: list(ReporterVisit),
    events: list(Event),
  })
  .meta({ id: "ExternalInformationFacts" });
export type ExternalInformationFacts = z.infer<typeof ExternalInformationFacts>;
