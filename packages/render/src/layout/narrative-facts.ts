/**
 * Narrative and facts together (ADR 2): the document's own paragraphs verbatim, then the
 * sentences of the typed facts they do not already state, so that no typed fact is dropped and
 * none is printed twice. Which facts a narrative states is core's one walk along the model IR
 * (`unstatedFacts`); the sentences are the area's own (`FactsWriter.sentences`) on the facts cut
 * down to the units left (a delegation, an aid project, an indicator, the totals…).
 */
import { irNodeOf, type PrintChoice, unstatedFacts } from "@doingoai/core";
import type { Block } from "./types";

/** How a content answer's facts become blocks. */
export interface FactsWriter<F> {
  /** Sentences from the facts, as a clerk writes them. */
  sentences: (facts: F) => string[];
  /** Tables of the facts, shown under the section in every case. */
  tables?: (facts: F) => Block[];
  /** The model IR node of the facts (`areaFactsNode`, `irNodeOf("GeneralFacts")`). */
  schema?: number;
  /** Text that shows the facts elsewhere (the appendix tables built from them). */
  shownElsewhere?: (facts: F) => string[];
}

/** The IR node of general facts (context, assessment, custom areas, plan and notice items…). */
export const GENERAL_FACTS: number | undefined = irNodeOf("GeneralFacts");

/** The sentences after a narrative: those of the facts it does not state (none without a schema). */
export function unstatedSentences<F extends object>(
  narrative: readonly string[],
  facts: F,
  writer: FactsWriter<F>,
): string[] {
  if (writer.schema === undefined) return [];
  const seen = [...narrative, ...(writer.shownElsewhere?.(facts) ?? [])];
  const { rest } = unstatedFacts(facts, writer.schema, seen);
  return rest === undefined ? [] : writer.sentences(rest as F);
}

/**
 * The paragraphs of a section from its narrative blocks and facts, by the answer's `print`:
 * absent, the narrative then the sentences of the facts it does not state; `narrative`, the
 * narrative only; `facts`, the sentences of every fact (the narrative when there are none).
 */
export function narrativeAndFacts<F extends object>(
  narrative: readonly string[] | undefined,
  own: Block[],
  facts: F | undefined,
  writer: FactsWriter<F>,
  print: PrintChoice | undefined,
  para: (text: string) => Block,
): Block[] {
  if (facts === undefined) return own;
  const all = (): Block[] => writer.sentences(facts).map(para);
  if (own.length === 0) return all();
  if (print === "narrative") return own;
  if (print === "facts") {
    const generated = all();
    return generated.length > 0 ? generated : own;
  }
  return [...own, ...unstatedSentences(narrative ?? [], facts, writer).map(para)];
}
