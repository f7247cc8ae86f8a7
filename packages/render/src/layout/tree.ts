/**
 * Sections as a tree before numbering, and the numbering itself: I., II. (level 1, upper case);
 * 1., 2. (level 2); 2.1. (level 3); a), b) … đ) (level 4). A section left out (unanswered in an
 * issued document) takes no number, so the numbers stay consecutive.
 */
import { alphaMarker, type PrintChoice, romanNumeral } from "@doingoai/core";
import { describeNothing, isBareNone } from "../sentences/areas";
import { endSentence, stripEnd } from "../sentences/phrase";
import { type FactsWriter, narrativeAndFacts } from "./narrative-facts";
import { upper } from "./text";
import type { Block, HeadingLevel, Run } from "./types";

/** A section: heading title, what follows it, its subsections, and what comes after them. */
export interface Node {
  title: string;
  /** Runs on the heading's line after the title ("…: Không."). */
  tail?: Run[];
  blocks: Block[];
  children: Node[];
  /** Paragraphs after the subsections ("Những kết quả nêu trên …"). */
  after?: Block[];
  /** Written as one paragraph "4.1. {runs}" instead of a heading, then the blocks. */
  inline?: Run[];
}

/** The text a draft shows under a section that is not answered yet. */
export const PLACEHOLDER_TEXT = "(Chưa có nội dung)";

/** A body paragraph of plain text. */
export function para(text: string, role: "body" | "basis" | "closing" | "center" = "body"): Block {
  return { type: "paragraph", role, runs: [{ text }] };
}

/** The draft's italic "(Chưa có nội dung)". */
export function placeholder(): Block {
  return {
    type: "paragraph",
    role: "body",
    runs: [{ text: PLACEHOLDER_TEXT, italic: true }],
    placeholder: true,
  };
}

/** The document's own paragraphs, verbatim; a paragraph holding line breaks becomes several. */
export function narrativeBlocks(narrative: readonly string[] | undefined): Block[] {
  const out: Block[] = [];
  if (narrative === undefined) return out;
  for (const entry of narrative) {
    if (entry.indexOf("\n") < 0) {
      const t = entry.trim();
      if (t !== "") out.push(para(t));
      continue;
    }
    for (const line of entry.split("\n")) {
      const t = line.trim();
      if (t !== "") out.push(para(t));
    }
  }
  return out;
}

/** The three states of an answer, with whatever facts its content carries. */
export type AnyAnswer =
  | { answer: "unanswered" }
  | { answer: "none"; text?: string }
  | { answer: "content"; narrative?: string[]; facts?: object; print?: PrintChoice };

/** What a section shows under (or on the line of) its heading. */
export interface SectionContent {
  tail?: Run[];
  blocks: Block[];
}

export type { FactsWriter } from "./narrative-facts";

/** The heading tail of a bare "nothing to report": ": Không." (" Không." after a title ending ":"). */
export function noneTail(title: string, text: string | undefined): Run[] {
  const word = text === undefined ? "Không." : endSentence(stripEnd(text.trim()));
  return [{ text: title.trimEnd().endsWith(":") ? " " : ": " }, { text: word, bold: false }];
}

/**
 * The content of a section from its answer:
 * - not answered: the draft's placeholder, or `null` (left out) in an issued document;
 * - nothing to report: a bare "Không" on the heading's line (`inlineNone`, the default), else
 *   the answer's own sentence under the heading ("Không phát sinh." when it has none);
 * - content: the narrative verbatim, then sentences from the facts it does not state (or as the
 *   answer's `print` chooses: the narrative only, the facts only; see `narrativeAndFacts`);
 *   tables of the facts always. Content that yields nothing is treated as not answered.
 */
export function answerContent<F extends object>(
  answer: AnyAnswer | undefined,
  title: string,
  writer: FactsWriter<F>,
  draft: boolean,
  inlineNone = true,
): SectionContent | null {
  if (answer === undefined || answer.answer === "unanswered")
    return draft ? { blocks: [placeholder()] } : null;
  if (answer.answer === "none") {
    if (inlineNone && isBareNone(answer.text)) return { tail: noneTail(title, answer.text), blocks: [] };
    return { blocks: [para(describeNothing(answer.text))] };
  }
  const facts = answer.facts as F | undefined;
  const blocks = narrativeAndFacts(
    answer.narrative,
    narrativeBlocks(answer.narrative),
    facts,
    writer,
    answer.print,
    (s) => para(s),
  );
  if (facts !== undefined && writer.tables !== undefined) blocks.push(...writer.tables(facts));
  if (blocks.length === 0) return draft ? { blocks: [placeholder()] } : null;
  return { blocks };
}

/** A node from a title and its content; `null` content leaves the section out. */
export function node(title: string, content: SectionContent | null, children: Node[] = []): Node | null {
  if (content === null && children.length === 0) return null;
  const own = content ?? { blocks: [] };
  // A parent whose own text is not answered but whose subsections are: no placeholder for it.
  const blocks = children.length > 0 && own.blocks.every(isPlaceholder) ? [] : own.blocks;
  return {
    title,
    ...(own.tail === undefined || children.length > 0 ? {} : { tail: own.tail }),
    blocks,
    children,
  };
}

function isPlaceholder(b: Block): boolean {
  return b.type === "paragraph" && b.placeholder === true;
}

/** Keep the nodes that are not left out. */
export function present(nodes: readonly (Node | null)[]): Node[] {
  return nodes.filter((n): n is Node => n !== null);
}

function marker(level: HeadingLevel, i: number, parent: string): string {
  if (level === 1) return i <= 50 ? `${romanNumeral(i)}.` : `${i}.`;
  if (level === 2) return `${i}.`;
  if (level === 3) return parent === "" ? `${i}.` : `${parent}.${i}.`;
  return i <= 23 ? `${alphaMarker(i - 1)})` : `${i})`;
}

/**
 * Write numbered sections into `out`, starting at `level`. Level-1 titles are upper-cased;
 * level 3 numbers continue their level-2 parent's ("2.1.").
 */
export function emit(nodes: readonly Node[], level: HeadingLevel, out: Block[], parent = ""): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const m = marker(level, i + 1, parent);
    if (n.inline !== undefined) {
      out.push({ type: "paragraph", role: "body", runs: [{ text: `${m} ` }, ...n.inline] });
      for (const b of n.blocks) out.push(b);
      continue;
    }
    out.push({
      type: "heading",
      level,
      marker: m,
      text: level === 1 ? upper(n.title) : n.title,
      ...(n.tail === undefined ? {} : { tail: n.tail }),
    });
    for (const b of n.blocks) out.push(b);
    if (n.children.length > 0) {
      const next = (level < 4 ? level + 1 : 4) as HeadingLevel;
      emit(n.children, next, out, level === 2 ? String(i + 1) : "");
    }
    if (n.after !== undefined) for (const b of n.after) out.push(b);
  }
}

/**
 * A section made of subsections (and paragraphs around them): left out when it holds nothing,
 * except in a draft, where it shows the placeholder.
 */
export function group(
  title: string,
  children: Node[],
  draft: boolean,
  blocks: Block[] = [],
  after: Block[] = [],
): Node | null {
  if (blocks.length === 0 && children.length === 0 && after.length === 0) {
    return draft ? { title, blocks: [placeholder()], children: [] } : null;
  }
  return { title, blocks, children, ...(after.length > 0 ? { after } : {}) };
}
