/**
 * The body of a conclusion notice (seed 002): the working session, then its outline (`body.outline`,
 * default seed 002's): 1. assessment (1.1, 1.2…),
 * 2. limitations, 3. tasks (3.1, 3.2 with points a) b) … đ)), 4. answers to the unit's requests
 * ("4.1. Đối với …: …"), 5. tasks of other bodies ("Nhiệm vụ của …: …").
 */
import {
  formatDateShort,
  type NoticeDocument,
  type NoticeItem,
  type NoticePart,
  type Numbering,
} from "@doingoai/core";
import { describeGeneralFacts } from "../sentences/areas";
import { describeCitation } from "../sentences/citations";
import type { GeneralFacts } from "../sentences/facts";
import {
  capitalize,
  endSentence,
  lowerFirst,
  mentions,
  type SentenceContext,
  sentenceContext,
  stripEnd,
} from "../sentences/phrase";
import { GENERAL_FACTS, narrativeAndFacts } from "./narrative-facts";
import { emitNumbered } from "./numbering";
import { itemNodes as planItemNodes } from "./plan";
import { generalTables } from "./report";
import {
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
import type { Block, Run } from "./types";

type Body = NoticeDocument["body"];

/**
 * "Đối với {request}: {answer}" (or the document's own sentence), then "Giao {assignee} thực
 * hiện." when the body it is given to is not named in it already.
 */
function withAssignee(r: NonNullable<Body["requestAnswers"]>[number]): string {
  const own = r.text !== undefined && r.text.trim() !== "";
  const text = own ? r.text!.trim() : `Đối với ${lowerFirst(stripEnd(r.request.trim()))}: ${r.answer.trim()}`;
  const who = r.assignee?.trim();
  return who && !mentions(text, who) ? `${endSentence(text)} Giao ${stripEnd(who)} thực hiện.` : text;
}
type Session = Body["session"];

/**
 * The opening of a notice from its working session: "Thực hiện Chương trình công tác tháng
 * 3/2024 của UBND tỉnh, ngày 26/3/2024, đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND
 * tỉnh chủ trì buổi làm việc với Sở Ngoại vụ để … Dự làm việc có: … Sau khi nghe báo cáo của Sở
 * Ngoại vụ và ý kiến của các thành phần dự họp, đồng chí Phó Chủ tịch … kết luận như sau:"
 */
export function sessionIntro(s: Session): string {
  const chair = s.chair.title === undefined ? s.chair.name : `${s.chair.name}, ${stripEnd(s.chair.title)}`;
  let text = s.programme === undefined ? "" : `Thực hiện ${describeCitation(s.programme)}, `;
  text += `ngày ${formatDateShort(s.date)}, đồng chí ${chair} chủ trì buổi làm việc với ${stripEnd(s.counterpart)}`;
  if (s.place !== undefined) text += ` tại ${stripEnd(s.place)}`;
  if (s.purpose !== undefined) text += ` để ${stripEnd(s.purpose)}`;
  text = endSentence(capitalize(text));
  if (s.attendees !== undefined && s.attendees.length > 0) {
    text += ` Dự làm việc có: ${s.attendees.map((a) => stripEnd(a)).join(", ")}.`;
  }
  const who = s.chair.title === undefined ? s.chair.name : stripEnd(s.chair.title);
  text += ` Sau khi nghe báo cáo của ${stripEnd(s.counterpart)} và ý kiến của các thành phần dự họp, đồng chí ${who} kết luận như sau:`;
  return text;
}

function itemBlocks(item: { narrative?: string[]; facts?: GeneralFacts }, ctx: SentenceContext): Block[] {
  const writer: FactsWriter<GeneralFacts> = {
    sentences: (f) => describeGeneralFacts(f, ctx),
    ...(GENERAL_FACTS === undefined ? {} : { schema: GENERAL_FACTS }),
  };
  const own = narrativeBlocks(item.narrative);
  const blocks = narrativeAndFacts(item.narrative, own, item.facts, writer, undefined, (s) => para(s));
  if (item.facts !== undefined) blocks.push(...generalTables(item.facts));
  return blocks;
}

function itemNode(item: NoticeItem, ctx: SentenceContext, draft: boolean): Node | null {
  const children = present((item.items ?? []).map((sub) => itemNode(sub, ctx, draft)));
  const blocks = itemBlocks(item, ctx);
  if (blocks.length === 0 && children.length === 0)
    return draft ? node(item.title, { blocks: [placeholder()] }) : null;
  return { title: item.title, blocks, children };
}

/** Paragraphs of a summary that lead into the items ("… một số kết quả nổi bật như:") and the rest. */
function splitSummary(summary: readonly string[] | undefined): { lead: string[]; rest: string[] } {
  const list = summary ?? [];
  let cut = 0;
  for (let i = 0; i < list.length; i++) if (list[i]!.trimEnd().endsWith(":")) cut = i + 1;
  return cut === 0 ? { lead: [...list], rest: [] } : { lead: list.slice(0, cut), rest: list.slice(cut) };
}

/** The parts of a notice in seed 002's order: the default outline, and the order of parts an outline leaves out. */
const DEFAULT_PARTS = ["assessment", "limitations", "tasks", "requestAnswers", "otherTasks"] as const;
type BodyPart = (typeof DEFAULT_PARTS)[number];

/** The default heading of each part (`headings` of the body, else seed 002's). */
function defaultTitles(body: Body): Record<Exclude<BodyPart, "otherTasks">, string> {
  const h = body.headings ?? {};
  return {
    assessment: h.assessment ?? "Đánh giá chung",
    limitations: h.limitations ?? "Hạn chế, khó khăn",
    tasks: h.tasks ?? "Nhiệm vụ trong thời gian tới",
    requestAnswers:
      h.requestAnswers ?? `Đối với các đề xuất, kiến nghị của ${stripEnd(body.session.counterpart)}`,
  };
}

/** The outline of a notice: its own, else the default one; parts with content it leaves out come after. */
function noticeOutline(body: Body): { parts: NoticePart[]; numbering: Numbering | undefined } {
  const own = body.outline;
  const titles = defaultTitles(body);
  const byDefault = (p: BodyPart): NoticePart =>
    p === "otherTasks" ? { part: p } : { part: p, title: titles[p] };
  if (own === undefined) return { parts: DEFAULT_PARTS.map(byDefault), numbering: body.numbering };
  const listed = new Set(own.parts.map((p) => p.part));
  const left = DEFAULT_PARTS.filter((p) => !listed.has(p) && hasContent(body, p)).map(byDefault);
  return { parts: [...own.parts, ...left], numbering: own.numbering ?? body.numbering };
}

/** Whether the body has something to write for a part (an outline that leaves it out must not lose it). */
function hasContent(body: Body, p: BodyPart): boolean {
  switch (p) {
    case "assessment":
      return body.assessment !== undefined;
    case "limitations":
      return body.limitations !== undefined && body.limitations.answer !== "unanswered";
    case "tasks":
      return body.tasks !== undefined;
    case "requestAnswers":
      return (body.requestAnswers ?? []).length > 0;
    case "otherTasks":
      return (body.otherTasks ?? []).length > 0;
  }
}

/** The node of one part of a notice's outline. */
function partNode(
  part: NoticePart,
  body: Body,
  ctx: SentenceContext,
  draft: boolean,
  inlineNone: boolean,
): Node | null {
  const writer: FactsWriter<GeneralFacts> = {
    sentences: (f) => describeGeneralFacts(f, ctx),
    tables: generalTables,
    ...(GENERAL_FACTS === undefined ? {} : { schema: GENERAL_FACTS }),
  };
  switch (part.part) {
    case "assessment": {
      // The lead of the summary, the items 1.1…, then what follows them.
      const a = body.assessment;
      const { lead, rest } = splitSummary(a?.summary);
      return group(
        part.title,
        present((a?.items ?? []).map((item) => itemNode(item, ctx, draft))),
        draft,
        narrativeBlocks(lead),
        narrativeBlocks([...rest, ...(a?.conclusion ?? [])]),
      );
    }
    case "limitations":
      return node(part.title, answerContent(body.limitations, part.title, writer, draft, inlineNone));
    case "tasks": {
      // 3.1, 3.2… with points a), b)…
      const t = body.tasks;
      return group(
        part.title,
        present((t?.items ?? []).map((item) => itemNode(item, ctx, draft))),
        draft,
        narrativeBlocks(t?.intro),
      );
    }
    case "requestAnswers": {
      // "4.1. Đối với {request}: {answer}", or the document's own sentence.
      const answers = body.requestAnswers ?? [];
      if (answers.length === 0) return null;
      return {
        title: part.title,
        blocks: [],
        children: answers.map((r) => ({
          title: "",
          // The answer's facts follow its sentence (figures, texts issued…, their tables).
          blocks: r.facts === undefined ? [] : itemBlocks({ facts: r.facts }, ctx),
          children: [],
          inline: [{ text: withAssignee(r) }],
        })),
      };
    }
    case "otherTasks": {
      // "Nhiệm vụ của {who}: {task}": run in under its own heading when there is one task.
      const others = body.otherTasks ?? [];
      const only = others.length === 1 ? others[0] : undefined;
      if (only !== undefined && part.title === undefined) {
        const tail: Run[] = [{ text: ": " }, { text: only.task.trim(), bold: false }];
        return { title: `Nhiệm vụ của ${stripEnd(only.who)}`, tail, blocks: [], children: [] };
      }
      if (others.length === 0) return null;
      return {
        title: part.title ?? "Nhiệm vụ của các cơ quan, đơn vị khác",
        blocks: [],
        children: others.map((o) => ({
          title: "",
          blocks: [],
          children: [],
          inline: [{ text: `Nhiệm vụ của ${stripEnd(o.who)}: ${o.task.trim()}` }],
        })),
      };
    }
    case "section":
      return group(part.title, planItemNodes(part.items, draft), draft, narrativeBlocks(part.narrative));
  }
}

/** The blocks of a notice's body, from the session to the last section (the closing is the caller's). */
export function noticeBody(doc: NoticeDocument, draft: boolean, inlineNone = true): Block[] {
  const body = doc.body;
  const ctx = sentenceContext(body.period);
  const outline = noticeOutline(body);
  const nodes = present(outline.parts.map((p) => partNode(p, body, ctx, draft, inlineNone)));
  const out: Block[] = narrativeBlocks(body.intro);
  if (out.length === 0) out.push(para(sessionIntro(body.session)));
  // The notice's own numbering when it has one ("I." → "1."), else 1. → 1.1. → a) from level 2.
  if (outline.numbering !== undefined) emitNumbered(nodes, outline.numbering, out, 0, "", 2);
  else emit(nodes, 2, out);
  return out;
}
