/** International agreements (thỏa thuận quốc tế) signed and implemented. */
import * as z from "zod";
import { Agreement } from "../../model/facts";
import { common, list } from "../common";

export const AgreementFacts = z
  .strictObject({
    ...common,
    agreements: list(Agreement),
  })
  .meta({ id: "AgreementFacts" });
export type AgreementFacts = z.infer<typeof AgreementFacts>;
