/** Conclusion notice (thông báo kết luận) of a working session. */
import * as z from "zod";
import { AreaRef, CustomAreaName, GeneralFacts, SectionAnswer } from "./areas";
import { Numbering, OwnSection } from "./outline";
import { Citation, IsoDate, Line, Narrative, Period, Person, Text } from "./values";

export const WorkingSession = z
  .strictObject({
    date: IsoDate,
    chair: Person,
    counterpart: Line,
    attendees: z.array(Line).max(200).optional(),
    place: Line.optional(),
    programme: Citation.optional(),
    purpose: Text.optional(),
  })
  .meta({ id: "WorkingSession" });
export type WorkingSession = z.infer<typeof WorkingSession>;

const itemFields = {
  title: Text,
  areas: z.array(AreaRef).max(20).optional(),
  narrative: Narrative.optional(),
  facts: GeneralFacts.optional(),
};

export const NoticeSubItem = z.strictObject(itemFields).meta({ id: "NoticeSubItem" });
export const NoticeItem = z
  .strictObject({ ...itemFields, items: z.array(NoticeSubItem).max(50).optional() })
  .meta({ id: "NoticeItem" });
export type NoticeItem = z.infer<typeof NoticeItem>;

/** The leader's answer to a request of the unit ("Đối với kiến nghị …: UBND tỉnh giao …"). */
export const RequestAnswer = z
  .strictObject({
    request: Text,
    answer: Text,
    assignee: Line.optional(),
    /** The document's own sentence, when it is not "Đối với {request}: {answer}". */
    text: Text.optional(),
    facts: GeneralFacts.optional(),
  })
  .meta({ id: "RequestAnswer" });

/** A task for another body ("Nhiệm vụ của UBND các huyện biên giới: …"). */
export const OtherTask = z.strictObject({ who: Line, task: Text }).meta({ id: "OtherTask" });

/**
 * A top section of a conclusion notice, in the document's order, under the document's heading:
 * `assessment`, `limitations`, `tasks`, `requestAnswers`, `otherTasks` (the body's own parts; a
 * single other task keeps its run-in heading "Nhiệm vụ của …: …" unless the part has a title) and
 * `section`, a section of the document's own with its paragraphs and numbered items (`PlanItem`:
 * an optional title, paragraphs, points).
 */
export const NoticePart = z
  .discriminatedUnion("part", [
    z.strictObject({ part: z.literal("assessment"), title: Line }),
    z.strictObject({ part: z.literal("limitations"), title: Line }),
    z.strictObject({ part: z.literal("tasks"), title: Line }),
    z.strictObject({ part: z.literal("requestAnswers"), title: Line }),
    z.strictObject({ part: z.literal("otherTasks"), title: Line.optional() }),
    OwnSection,
  ])
  .meta({ id: "NoticePart" });
export type NoticePart = z.infer<typeof NoticePart>;

/**
 * The outline of a conclusion notice as the document has it: its top sections in order with
 * their headings, and how each level is numbered. Without it, seed 002's: 1. assessment, 2.
 * limitations, 3. tasks, 4. answers to requests, 5. other bodies' tasks, numbered 1. → 1.1. → a)
 * and titled by `headings`. A part of the body that has content but is not listed is written
 * after the listed ones, in that default order (nothing typed is left out).
 */
export const NoticeOutline = z
  .strictObject({ numbering: Numbering.optional(), parts: z.array(NoticePart).min(1).max(30) })
  .meta({ id: "NoticeOutline" });
export type NoticeOutline = z.infer<typeof NoticeOutline>;

export const NoticeBody = z
  .strictObject({
    session: WorkingSession,
    /** The period whose results were reviewed (quý I/2024). */
    period: Period.optional(),
    /** The period the tasks are for (9 tháng cuối năm 2024). */
    directionsPeriod: Period.optional(),
    intro: Narrative.optional(),
    assessment: z
      .strictObject({
        summary: Narrative.optional(),
        items: z.array(NoticeItem).max(50).optional(),
        /** Paragraphs after the items ("Những kết quả nêu trên …"). */
        conclusion: Narrative.optional(),
      })
      .meta({ id: "NoticeAssessment" })
      .optional(),
    limitations: SectionAnswer.optional(),
    tasks: z
      .strictObject({ intro: Narrative.optional(), items: z.array(NoticeItem).max(50).optional() })
      .meta({ id: "NoticeTasks" })
      .optional(),
    customAreas: z.array(CustomAreaName).max(50).optional(),
    requestAnswers: z.array(RequestAnswer).max(100).optional(),
    otherTasks: z.array(OtherTask).max(100).optional(),
    closing: Text.optional(),
    /**
     * How the notice numbers its levels, from the top, when it does not use "1." → "1.1." → "a)"
     * (for example "I." → "1.": the same `Numbering` as a plan's outline).
     */
    numbering: Numbering.optional(),
    /** The notice's own outline: sections in order with their titles, numbering (wins over `numbering`, `headings`). */
    outline: NoticeOutline.optional(),
    headings: z
      .strictObject({
        assessment: Line.optional(),
        limitations: Line.optional(),
        tasks: Line.optional(),
        requestAnswers: Line.optional(),
      })
      .optional(),
  })
  .meta({ id: "NoticeBody" });
export type NoticeBody = z.infer<typeof NoticeBody>;
