/** International agreements (thỏa thuận quốc tế) signed and implemented. */
import * as z from "zod";
import { Agreement } from "../../model/facts";
import { common, list } from "../common";
import { partnerList } from "../partners";

export const AgreementFacts = z
  .strictObject({
    ...common,
    agreements: list(Agreement),
    partnersByLevel: partnerList(),
  })
  .meta({ id: "AgreementFacts" });
export type AgreementFacts = z.infer<typeof AgreementFacts>;
