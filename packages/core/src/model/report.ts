/** Periodic report (báo cáo): results of a period by area, assessment, directions, recommendations. */
import * as z from "zod";
import { Areas, CustomArea, SectionAnswer } from "./areas";
import { ReportOutline } from "./outline";
import { Line, Narrative, Period, Text } from "./values";

export const Assessment = z
  .strictObject({
    advantages: SectionAnswer.optional(),
    difficulties: SectionAnswer.optional(),
    causes: SectionAnswer.optional(),
    objectiveCauses: SectionAnswer.optional(),
    subjectiveCauses: SectionAnswer.optional(),
  })
  .meta({ id: "Assessment" });

export const Recommendation = z
  .strictObject({ to: Line.optional(), text: Text })
  .meta({ id: "Recommendation" });

export const ReportBody = z
  .strictObject({
    period: Period,
    /** The period the directions are for; derived as the next period when absent. */
    directionsPeriod: Period.optional(),
    /** Paragraph(s) after the basis: "UBND huyện … báo cáo … như sau:". */
    intro: Narrative.optional(),
    context: SectionAnswer.optional(),
    areas: Areas,
    customAreas: z.array(CustomArea).max(50).optional(),
    assessment: Assessment.optional(),
    outlook: SectionAnswer.optional(),
    directions: SectionAnswer.optional(),
    recommendations: z
      .discriminatedUnion("answer", [
        z.strictObject({ answer: z.literal("unanswered") }),
        z.strictObject({ answer: z.literal("none"), text: Text.optional() }),
        z.strictObject({
          answer: z.literal("content"),
          narrative: Narrative.optional(),
          items: z.array(Recommendation).max(200).optional(),
        }),
      ])
      .meta({ id: "RecommendationsAnswer" })
      .optional(),
    /** Closing sentence: "Trên đây là báo cáo … ./." */
    closing: Text.optional(),
    outline: ReportOutline.optional(),
  })
  .meta({ id: "ReportBody" });
export type ReportBody = z.infer<typeof ReportBody>;
