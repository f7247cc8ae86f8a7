/** Plan or programme (kế hoạch / chương trình): purpose, requirements, content by area, tasks per unit. */
import * as z from "zod";
import { AreaRef, CustomAreaName, GeneralFacts, SectionAnswer } from "./areas";
import { PlanItem, PlanOutline } from "./outline";
import { Line, Narrative, Period, Text } from "./values";

export const PlanContentItem = z
  .strictObject({
    areas: z.array(AreaRef).min(1).max(20),
    title: Text,
    narrative: Narrative.optional(),
    facts: GeneralFacts.optional(),
    /** Numbered items under the content item ("1. Nội dung thực hiện: …"), each with its points. */
    items: z.array(PlanItem).max(100).optional(),
  })
  .meta({ id: "PlanContentItem" });
export type PlanContentItem = z.infer<typeof PlanContentItem>;

export const ReportingFrequency = z
  .enum(["month", "quarter", "6-months", "9-months", "year", "ad-hoc"])
  .meta({ id: "ReportingFrequency" });

/** A plan (kế hoạch) or a programme (chương trình). */
export const PlanVariant = z.enum(["plan", "programme"]).meta({ id: "PlanVariant" });

/** A reporting duty: who reports, to whom, how often, through whom, by when. */
export const ReportingDuty = z
  .strictObject({
    to: Line,
    via: Line.optional(),
    frequencies: z.array(ReportingFrequency).min(1).max(6),
    deadline: Line.optional(),
  })
  .meta({ id: "ReportingDuty" });

export const Assignment = z
  .strictObject({
    unit: Line,
    tasks: Narrative.optional(),
    reporting: ReportingDuty.optional(),
  })
  .meta({ id: "Assignment" });
export type Assignment = z.infer<typeof Assignment>;

export const PlanBody = z
  .strictObject({
    variant: PlanVariant.optional(),
    /** The period the plan is for; absent when the document names none (a plan implementing a text). */
    period: Period.optional(),
    intro: Narrative.optional(),
    purpose: SectionAnswer.optional(),
    requirements: SectionAnswer.optional(),
    content: z.array(PlanContentItem).max(100),
    /** Titles of the custom areas the content items refer to as `custom:<id>`. */
    customAreas: z.array(CustomAreaName).max(50).optional(),
    implementation: z.array(Assignment).max(100),
    funding: SectionAnswer.optional(),
    closing: Text.optional(),
    headings: z
      .strictObject({
        purposeAndRequirements: Line.optional(),
        purpose: Line.optional(),
        requirements: Line.optional(),
        content: Line.optional(),
        implementation: Line.optional(),
        funding: Line.optional(),
      })
      .optional(),
    /**
     * The document's own outline: its top sections in order, their headings and the numbering of
     * each level ("A." → "I." → "1."). When given, `headings` is not read.
     */
    outline: PlanOutline.optional(),
  })
  .meta({ id: "PlanBody" });
export type PlanBody = z.infer<typeof PlanBody>;
