/**
 * The outline of a report: which areas, in which order, under which headings. It is data:
 * provinces set their own; the default is the newest seed's (004). Titles may hold the
 * placeholders `{period}` ("6 tháng đầu năm 2026") and `{nextPeriod}` ("6 tháng cuối năm 2026").
 */
import * as z from "zod";
import { AreaRef } from "./areas";
import { Line, Narrative, Text } from "./values";

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

/**
 * How one level of a document's outline is numbered, as the document writes its markers:
 * "A." (A., B.), "I." (I., II.), "I-" (I-, II-), "1." (1., 2.), "1.1." (1.1., continuing the level
 * above), "a)" (a), b) … đ)), "-" and "+" (every item the same mark).
 */
export const NumberStyle = z
  .enum(["A.", "I.", "I-", "1.", "1.1.", "a)", "-", "+"])
  .meta({ id: "NumberStyle" });
export type NumberStyle = z.infer<typeof NumberStyle>;

/** The numbering of a plan's levels, from the top: "I." then "1." then "1.1." then "a)" by default. */
export const Numbering = z.array(NumberStyle).min(1).max(6).meta({ id: "Numbering" });
export type Numbering = z.infer<typeof Numbering>;

/**
 * A point under an item (a), b) or "- "): its title when it has one, its paragraphs. A title
 * ending with ":" is run in: "a) Cơ quan chủ trì: Sở Ngoại vụ.".
 */
export const PlanSubItem = z
  .strictObject({ title: Text.optional(), narrative: Narrative.optional() })
  .meta({ id: "PlanSubItem" });
export type PlanSubItem = z.infer<typeof PlanSubItem>;

/**
 * A numbered item of a plan's section: a heading with paragraphs and points under it, or, with
 * no title, a numbered paragraph ("1. Tiếp tục đẩy mạnh …"); a title ending with ":" is run in
 * ("1. Nội dung thực hiện: Tiếp tục …").
 */
export const PlanItem = z
  .strictObject({
    title: Text.optional(),
    narrative: Narrative.optional(),
    items: z.array(PlanSubItem).max(100).optional(),
  })
  .meta({ id: "PlanItem" });
export type PlanItem = z.infer<typeof PlanItem>;

/** A section of the document's own (plans and notices): its heading, paragraphs and numbered items. */
export const OwnSection = z.strictObject({
  part: z.literal("section"),
  title: Line,
  narrative: Narrative.optional(),
  items: z.array(PlanItem).max(100).optional(),
});

/**
 * A top section of a plan or programme, in the document's order, under the document's heading:
 * - `purposeAndRequirements`: "I. MỤC ĐÍCH, YÊU CẦU" over "1. Mục đích" and "2. Yêu cầu" (their
 *   titles `purpose`, `requirements`); with `subsections: false`, the purpose's and the
 *   requirements' paragraphs straight under the heading ("A. MỤC ĐÍCH, YÊU CẦU" and one paragraph);
 * - `purpose`, `requirements`: each its own top section ("1. Mục tiêu", "2. Yêu cầu");
 * - `content`, `implementation`, `funding`: the body's content items, assignments, funding;
 * - `section`: a section of the document's own ("I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU") with its
 *   paragraphs and numbered items.
 */
export const PlanPart = z
  .discriminatedUnion("part", [
    z.strictObject({
      part: z.literal("purposeAndRequirements"),
      title: Line,
      purpose: Line.optional(),
      requirements: Line.optional(),
      subsections: z.boolean().optional(),
    }),
    z.strictObject({ part: z.literal("purpose"), title: Line }),
    z.strictObject({ part: z.literal("requirements"), title: Line }),
    z.strictObject({ part: z.literal("content"), title: Line }),
    z.strictObject({ part: z.literal("implementation"), title: Line }),
    z.strictObject({ part: z.literal("funding"), title: Line }),
    OwnSection,
  ])
  .meta({ id: "PlanPart" });
export type PlanPart = z.infer<typeof PlanPart>;

/**
 * The outline of a plan or programme as the document has it: its top sections in order with
 * their headings, and how each level is numbered. Without it, the default of seed 003:
 * I. Mục đích, yêu cầu (1. Mục đích, 2. Yêu cầu), II. Nội dung, III. Tổ chức thực hiện, IV. Kinh
 * phí thực hiện when the plan has funding.
 */
export const PlanOutline = z
  .strictObject({ numbering: Numbering.optional(), parts: z.array(PlanPart).min(1).max(30) })
  .meta({ id: "PlanOutline" });
export type PlanOutline = z.infer<typeof PlanOutline>;
