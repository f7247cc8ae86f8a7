/**
 * The body of a plan or programme, by its outline (core's `planOutline`: the document's own,
 * else seed 003's): I. purpose and requirements (1. Mục đích, 2. Yêu cầu); II. content by area;
 * III. implementation, one numbered item per unit; IV. funding when the plan has that section.
 * A document's own outline orders and titles its top sections, numbers each level its way
 * ("A." → "I." → "1."), and may hold sections of its own with numbered items.
 */
import {
  type PlanDocument,
  type PlanItem,
  type PlanPart,
  type PlanSubItem,
  planOutline,
} from "@doingoai/core";
import { describeGeneralFacts, describeReportingDuty } from "../sentences/areas";
import type { GeneralFacts } from "../sentences/facts";
import { mentions, type SentenceContext, sentenceContext } from "../sentences/phrase";
import { GENERAL_FACTS, narrativeAndFacts, unstatedSentences } from "./narrative-facts";
import { emitNumbered } from "./numbering";
import { generalTables } from "./report";
import {
  type AnyAnswer,
  answerContent,
  type FactsWriter,
  group,
  type Node,
  narrativeBlocks,
  node,
  para,
  placeholder,
  present,
} from "./tree";
import type { Block, Run } from "./types";

/**
 * Plans speak of the future: facts are written without "Trong năm …" openings; a figure given
 * with the previous one is compared with the year before the plan's period ends.
 */
function writerOf(ctx: SentenceContext): FactsWriter<GeneralFacts> {
  return {
    sentences: (f) => describeGeneralFacts(f, ctx),
    tables: generalTables,
    ...(GENERAL_FACTS === undefined ? {} : { schema: GENERAL_FACTS }),
  };
}

function section(
  answer: AnyAnswer | undefined,
  title: string,
  writer: FactsWriter<GeneralFacts>,
  draft: boolean,
  inlineNone: boolean,
): Node | null {
  return node(title, answerContent(answer, title, writer, draft, inlineNone));
}

function contentOrPlaceholder(blocks: Block[], draft: boolean): { blocks: Block[] } | null {
  if (blocks.length > 0) return { blocks };
  return draft ? { blocks: [placeholder()] } : null;
}

/**
 * A numbered item (or point) of the document's own: a heading over its paragraphs; with no
 * title, its first paragraph run in after the number; a title ending ":" run in before it.
 */
function itemNode(item: PlanItem | PlanSubItem, draft: boolean): Node | null {
  const paragraphs = narrativeBlocks(item.narrative);
  const children = present(("items" in item ? (item.items ?? []) : []).map((s) => itemNode(s, draft)));
  const title = item.title?.trim();
  const first = paragraphs[0];
  const firstRuns: Run[] = first?.type === "paragraph" ? first.runs : [];
  if (title === undefined || title === "") {
    if (first === undefined)
      return children.length > 0 ? { title: "", blocks: [], children, inline: [] } : null;
    return { title: "", blocks: paragraphs.slice(1), children, inline: firstRuns };
  }
  if (title.endsWith(":")) {
    const inline: Run[] = first === undefined ? [{ text: title }] : [{ text: `${title} ` }, ...firstRuns];
    return { title, blocks: paragraphs.slice(1), children, inline };
  }
  return node(title, contentOrPlaceholder(paragraphs, draft && children.length === 0), children);
}

/** The nodes of a section's own items (a plan's, a notice's). */
export function itemNodes(items: readonly PlanItem[] | undefined, draft: boolean): Node[] {
  return present((items ?? []).map((i) => itemNode(i, draft)));
}

/** The answer's blocks straight under a heading (no sub-heading): its paragraphs, or nothing. */
function answerBlocks(answer: AnyAnswer | undefined, writer: FactsWriter<GeneralFacts>): Block[] {
  if (answer === undefined || answer.answer === "unanswered") return [];
  return answerContent(answer, "", writer, false, false)?.blocks ?? [];
}

/** The nodes of one top part of a plan's outline. */
function partNode(
  part: PlanPart,
  doc: PlanDocument,
  ctx: SentenceContext,
  draft: boolean,
  inlineNone: boolean,
): Node | null {
  const body = doc.body;
  const writer = writerOf(ctx);
  switch (part.part) {
    case "purposeAndRequirements": {
      if (part.subsections === false) {
        const blocks = [...answerBlocks(body.purpose, writer), ...answerBlocks(body.requirements, writer)];
        return group(part.title, [], draft, blocks);
      }
      return group(
        part.title,
        present([
          section(body.purpose, part.purpose ?? "Mục đích", writer, draft, inlineNone),
          section(body.requirements, part.requirements ?? "Yêu cầu", writer, draft, inlineNone),
        ]),
        draft,
      );
    }
    case "purpose":
      return section(body.purpose, part.title, writer, draft, inlineNone);
    case "requirements":
      return section(body.requirements, part.title, writer, draft, inlineNone);
    case "content":
      return group(
        part.title,
        present(
          body.content.map((item) => {
            const own = narrativeBlocks(item.narrative);
            const children = itemNodes(item.items, draft);
            // Its paragraphs are followed by the facts they do not state (ADR 2); with numbered
            // items of its own, the facts their texts do not state either, before them.
            const subTexts = (item.items ?? []).flatMap((s) => [s.title ?? "", ...(s.narrative ?? [])]);
            const blocks =
              children.length === 0
                ? narrativeAndFacts(item.narrative, own, item.facts, writer, undefined, (s) => para(s))
                : item.facts === undefined
                  ? own
                  : [
                      ...own,
                      ...unstatedSentences([...(item.narrative ?? []), ...subTexts], item.facts, writer).map(
                        (s) => para(s),
                      ),
                    ];
            if (item.facts !== undefined) blocks.push(...generalTables(item.facts));
            return node(item.title, contentOrPlaceholder(blocks, draft && children.length === 0), children);
          }),
        ),
        draft,
      );
    case "implementation":
      return group(
        part.title,
        present(
          body.implementation.map((a) => {
            const blocks = narrativeBlocks(a.tasks);
            // The duty to report, unless the unit's own tasks say it already (they name whom it
            // reports to): tasks that do not would lose its body, channel, frequency and deadline.
            const r = a.reporting;
            if (r !== undefined && !mentions((a.tasks ?? []).join("\n"), r.to))
              blocks.push(para(describeReportingDuty(r)));
            return node(a.unit, contentOrPlaceholder(blocks, draft));
          }),
        ),
        draft,
      );
    case "funding":
      return body.funding === undefined ? null : section(body.funding, part.title, writer, draft, inlineNone);
    case "section":
      return group(part.title, itemNodes(part.items, draft), draft, narrativeBlocks(part.narrative));
  }
}

/** The blocks of a plan's body, from the intro to the last part (the closing is the caller's). */
export function planBody(doc: PlanDocument, draft: boolean, inlineNone = true): Block[] {
  const { previousYear } = sentenceContext(doc.body.period);
  const ctx: SentenceContext = previousYear === undefined ? {} : { previousYear };
  const outline = planOutline(doc.body);
  const out = narrativeBlocks(doc.body.intro);
  emitNumbered(
    present(outline.parts.map((p) => partNode(p, doc, ctx, draft, inlineNone))),
    outline.numbering,
    out,
  );
  return out;
}
