/** Conclusion notice (thông báo kết luận) of a working session. */
import * as z from "zod";
import { AreaRef, CustomAreaName, GeneralFacts, SectionAnswer } from "./areas";
import { Numbering } from "./outline";
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
