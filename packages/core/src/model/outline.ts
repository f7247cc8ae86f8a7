/**
 * The outline of a report: which areas, in which order, under which headings. It is data:
 * provinces set their own; the default is the newest seed's (004). Titles may hold the
 * placeholders `{period}` ("6 tháng đầu năm 2026") and `{nextPeriod}` ("6 tháng cuối năm 2026").
 */
import * as z from "zod";
import { AreaRef } from "./areas";
import { Line } from "./values";

/** How recommendations are marked: "- " or "1.". */
export const OutlineMarker = z.enum(["dash", "number"]).meta({ id: "OutlineMarker" });

export const OutlineArea = z.strictObject({ area: AreaRef, title: Line }).meta({ id: "OutlineArea" });

export const OutlinePart = z
  .discriminatedUnion("part", [
    z.strictObject({ part: z.literal("context"), title: Line }),
    z.strictObject({ part: z.literal("area"), area: AreaRef, title: Line }),
    z.strictObject({ part: z.literal("results"), title: Line, areas: z.array(OutlineArea).max(100) }),
    z.strictObject({
      part: z.literal("assessment"),
      title: Line,
      advantages: Line.optional(),
      difficulties: Line.optional(),
      causes: Line.optional(),
      objectiveCauses: Line.optional(),
      subjectiveCauses: Line.optional(),
    }),
    z.strictObject({
      part: z.literal("directions"),
      title: Line,
      outlook: Line.optional(),
      tasks: Line.optional(),
    }),
    z.strictObject({
      part: z.literal("recommendations"),
      title: Line,
      marker: OutlineMarker.optional(),
    }),
  ])
  .meta({ id: "OutlinePart" });
export type OutlinePart = z.infer<typeof OutlinePart>;

export const ReportOutline = z
  .strictObject({ parts: z.array(OutlinePart).min(1).max(30) })
  .meta({ id: "ReportOutline" });
export type ReportOutline = z.infer<typeof ReportOutline>;
