/**
 * The body of a plan or programme (seed 003): I. purpose and requirements (1. Mục đích,
 * 2. Yêu cầu); II. content by area; III. implementation, one numbered item per unit; IV. funding
 * when the plan has that section.
 */
import type { PlanDocument } from "@doingoai/core";
import { describeGeneralFacts, describeReportingDuty } from "../sentences/areas";
import type { GeneralFacts } from "../sentences/facts";
import { type SentenceContext, sentenceContext } from "../sentences/phrase";
import { GENERAL_FACTS, narrativeAndFacts } from "./narrative-facts";
import { generalTables } from "./report";
import {
  type AnyAnswer,
  answerContent,
  emit,
  type FactsWriter,
  group,
  type Node,
  narrativeBlocks,
  node,
  para,
  placeholder,
  present,
} from "./tree";
import type { Block } from "./types";

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

/** The blocks of a plan's body, from the intro to the last part (the closing is the caller's). */
export function planBody(doc: PlanDocument, draft: boolean, inlineNone = true): Block[] {
  const body = doc.body;
  const h = body.headings ?? {};
  const { previousYear } = sentenceContext(body.period);
  const ctx: SentenceContext = previousYear === undefined ? {} : { previousYear };
  const writer = writerOf(ctx);
  const purposeTitle = h.purpose ?? "Mục đích";
  const requirementsTitle = h.requirements ?? "Yêu cầu";
  const purpose = group(
    h.purposeAndRequirements ?? "Mục đích, yêu cầu",
    present([
      section(body.purpose, purposeTitle, writer, draft, inlineNone),
      section(body.requirements, requirementsTitle, writer, draft, inlineNone),
    ]),
    draft,
  );
  const content = group(
    h.content ?? "Nội dung",
    present(
      body.content.map((item) => {
        const own = narrativeBlocks(item.narrative);
        const blocks = narrativeAndFacts(item.narrative, own, item.facts, writer, undefined, (s) => para(s));
        if (item.facts !== undefined) blocks.push(...generalTables(item.facts));
        return node(item.title, contentOrPlaceholder(blocks, draft));
      }),
    ),
    draft,
  );
  const implementation = group(
    h.implementation ?? "Tổ chức thực hiện",
    present(
      body.implementation.map((a) => {
        const blocks = narrativeBlocks(a.tasks);
        // The unit's own tasks already say how it reports; the duty is written only without them.
        if (blocks.length === 0 && a.reporting !== undefined)
          blocks.push(para(describeReportingDuty(a.reporting)));
        return node(a.unit, contentOrPlaceholder(blocks, draft));
      }),
    ),
    draft,
  );
  const parts: (Node | null)[] = [purpose, content, implementation];
  if (body.funding !== undefined)
    parts.push(section(body.funding, h.funding ?? "Kinh phí thực hiện", writer, draft, inlineNone));
  const out = narrativeBlocks(body.intro);
  emit(present(parts), 1, out);
  return out;
}
