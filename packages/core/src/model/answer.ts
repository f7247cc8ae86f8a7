/**
 * The three-state answer every section of work carries:
 * - `unanswered`: not filled in yet (a draft in progress);
 * - `none`: an explicit "nothing to report" ("Không", "Không phát sinh") — not the same as blank;
 * - `content`: the document's own narrative and/or typed facts.
 */
import * as z from "zod";
import { Narrative, Text } from "./values";

export const ANSWER_STATES = ["unanswered", "none", "content"] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export const Unanswered = z.strictObject({ answer: z.literal("unanswered") }).meta({ id: "Unanswered" });

/** Nothing to report; `text` keeps the document's own wording ("Không tiếp nhận khoản viện trợ nào …"). */
export const NothingToReport = z
  .strictObject({ answer: z.literal("none"), text: Text.optional() })
  .meta({ id: "NothingToReport" });

/**
 * What a content answer prints when it holds both a narrative and typed facts. Absent (the
 * default): the narrative verbatim, then sentences from the facts it does not state (ADR 2).
 * `narrative`: the narrative only (validation warns, naming the facts left out); `facts`: the
 * sentences from the facts only.
 */
export const PRINT_CHOICES = ["narrative", "facts"] as const;
export const PrintChoice = z.enum(PRINT_CHOICES).meta({ id: "PrintChoice" });
export type PrintChoice = z.infer<typeof PrintChoice>;

/** Build the answer schema of a section from the schema of its facts. */
export function answerOf<F extends z.ZodType>(facts: F, id: string) {
  const content = z
    .strictObject({
      answer: z.literal("content"),
      narrative: Narrative.optional(),
      facts: facts.optional(),
      print: PrintChoice.optional(),
    })
    .meta({ id: `${id}Content` });
  return z.discriminatedUnion("answer", [Unanswered, NothingToReport, content]).meta({ id: `${id}Answer` });
}

export type Answer<F> =
  | { answer: "unanswered" }
  | { answer: "none"; text?: string }
  | { answer: "content"; narrative?: string[]; facts?: F; print?: PrintChoice };
