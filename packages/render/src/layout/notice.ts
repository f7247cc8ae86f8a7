/**
 * The body of a conclusion notice (seed 002): the working session, then 1. assessment (1.1, 1.2…),
 * 2. limitations, 3. tasks (3.1, 3.2 with points a) b) … đ)), 4. answers to the unit's requests
 * ("4.1. Đối với …: …"), 5. tasks of other bodies ("Nhiệm vụ của …: …").
 */
import { formatDateShort, type NoticeDocument, type NoticeItem } from "@doingoai/core";
import { describeGeneralFacts } from "../sentences/areas";
import { describeCitation } from "../sentences/citations";
import type { GeneralFacts } from "../sentences/facts";
import {
  capitalize,
  endSentence,
  lowerFirst,
  type SentenceContext,
  sentenceContext,
  stripEnd,
} from "../sentences/phrase";
import { GENERAL_FACTS, narrativeAndFacts } from "./narrative-facts";
import { emitNumbered } from "./numbering";
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

/** The blocks of a notice's body, from the session to the last section (the closing is the caller's). */
export function noticeBody(doc: NoticeDocument, draft: boolean, inlineNone = true): Block[] {
  const body = doc.body;
  const h = body.headings ?? {};
  const ctx = sentenceContext(body.period);
  const writer: FactsWriter<GeneralFacts> = {
    sentences: (f) => describeGeneralFacts(f, ctx),
    tables: generalTables,
    ...(GENERAL_FACTS === undefined ? {} : { schema: GENERAL_FACTS }),
  };
  const nodes: (Node | null)[] = [];

  // 1. Assessment: the lead of the summary, the items 1.1…, then what follows them.
  const a = body.assessment;
  const { lead, rest } = splitSummary(a?.summary);
  nodes.push(
    group(
      h.assessment ?? "Đánh giá chung",
      present((a?.items ?? []).map((item) => itemNode(item, ctx, draft))),
      draft,
      narrativeBlocks(lead),
      narrativeBlocks([...rest, ...(a?.conclusion ?? [])]),
    ),
  );

  // 2. Limitations.
  const limitationsTitle = h.limitations ?? "Hạn chế, khó khăn";
  nodes.push(
    node(limitationsTitle, answerContent(body.limitations, limitationsTitle, writer, draft, inlineNone)),
  );

  // 3. Tasks: 3.1, 3.2… with points a), b)…
  const t = body.tasks;
  nodes.push(
    group(
      h.tasks ?? "Nhiệm vụ trong thời gian tới",
      present((t?.items ?? []).map((item) => itemNode(item, ctx, draft))),
      draft,
      narrativeBlocks(t?.intro),
    ),
  );

  // 4. Answers to the unit's requests: "4.1. Đối với {request}: {answer}".
  const answers = body.requestAnswers ?? [];
  if (answers.length > 0) {
    const counterpart = stripEnd(body.session.counterpart);
    nodes.push({
      title: h.requestAnswers ?? `Đối với các đề xuất, kiến nghị của ${counterpart}`,
      blocks: [],
      children: answers.map((r) => ({
        title: "",
        // The answer's facts follow its sentence (figures, texts issued…, their tables).
        blocks: r.facts === undefined ? [] : itemBlocks({ facts: r.facts }, ctx),
        children: [],
        inline: [
          {
            text:
              r.text !== undefined && r.text.trim() !== ""
                ? r.text.trim()
                : `Đối với ${lowerFirst(stripEnd(r.request.trim()))}: ${r.answer.trim()}`,
          },
        ],
      })),
    });
  }

  // 5. Tasks of other bodies: "Nhiệm vụ của {who}: {task}".
  const others = body.otherTasks ?? [];
  if (others.length === 1) {
    const o = others[0]!;
    const tail: Run[] = [{ text: ": " }, { text: o.task.trim(), bold: false }];
    nodes.push({ title: `Nhiệm vụ của ${stripEnd(o.who)}`, tail, blocks: [], children: [] });
  } else if (others.length > 1) {
    nodes.push({
      title: "Nhiệm vụ của các cơ quan, đơn vị khác",
      blocks: [],
      children: others.map((o) => ({
        title: "",
        blocks: [],
        children: [],
        inline: [{ text: `Nhiệm vụ của ${stripEnd(o.who)}: ${o.task.trim()}` }],
      })),
    });
  }

  const out: Block[] = narrativeBlocks(body.intro);
  if (out.length === 0) out.push(para(sessionIntro(body.session)));
  // The notice's own numbering when it has one ("I." → "1."), else 1. → 1.1. → a) from level 2.
  if (body.numbering !== undefined) emitNumbered(present(nodes), body.numbering, out, 0, "", 2);
  else emit(present(nodes), 2, out);
  return out;
}
