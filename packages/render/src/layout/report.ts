/**
 * The body of a report, following its outline (the document's own or the default of seed 004):
 * parts I, II, III…; areas 1., 2.…; sub-parts 2.1. Areas with an answer that the outline does
 * not name are appended to the results part, so no data is lost.
 */
import {
  AREA_IDS,
  type AreaId,
  areaFactsNode,
  areaLabel,
  DEFAULT_REPORT_OUTLINE,
  type OutlinePart,
  periodLabel,
  type ReportDocument,
  type ReportOutline,
} from "@doingoai/core";
import { type AreaAppendixRefs, describeAreaFacts } from "../areas";
import { describeGeneralFacts } from "../sentences/areas";
import type { FactsOf, GeneralFacts } from "../sentences/facts";
import {
  mentions,
  nextPeriodLabel,
  type SentenceContext,
  sentenceContext,
  stripEnd,
} from "../sentences/phrase";
import { appendixRefs, appendixTable } from "./appendix";
import { GENERAL_FACTS } from "./narrative-facts";
import { TEXT_WIDTH } from "./page";
import { freeTable } from "./tables";
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
  type SectionContent,
} from "./tree";
import type { Block } from "./types";

type Body = ReportDocument["body"];
type PartOf<K extends OutlinePart["part"]> = Extract<OutlinePart, { part: K }>;

interface Ctx {
  body: Body;
  /** The body's references to the appendices built from its facts, by area. */
  appendices: Partial<Record<AreaId, AreaAppendixRefs>>;
  draft: boolean;
  inlineNone: boolean;
  sentences: SentenceContext;
  fill: (title: string) => string;
  /** The cells of the appendix tables built from the facts: facts shown there are shown. */
  shown: string[];
}

/** The text of the appendix tables a report builds from its facts. */
function typedTablesText(doc: ReportDocument): string[] {
  return (doc.appendices ?? [])
    .filter((a) => a.table.type !== "free")
    .map((a) =>
      appendixTable(doc, a, TEXT_WIDTH.landscape)
        .rows.map((r) => r.join(" \n "))
        .join(" \n "),
    );
}

const AREA_SET: ReadonlySet<string> = new Set(AREA_IDS);

/** Titles of the areas in the default outline, for areas a document's own outline leaves out. */
const DEFAULT_AREA_TITLES: ReadonlyMap<string, string> = new Map(
  DEFAULT_REPORT_OUTLINE.parts.flatMap((p) =>
    p.part === "results" ? p.areas.map((a) => [a.area, a.title]) : [],
  ),
);

/** The heading of a standard area that no outline names: the default's, else "Công tác {label}". */
export function defaultAreaTitle(area: AreaId): string {
  const own = DEFAULT_AREA_TITLES.get(area);
  if (own !== undefined) return own;
  const label = areaLabel(area);
  return label.startsWith("Công tác") ? label : `Công tác ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** Free tables of general facts become table blocks (portrait text width). */
export function generalTables(facts: GeneralFacts): Block[] {
  return facts.table === undefined
    ? []
    : [{ type: "table", table: freeTable(facts.table, TEXT_WIDTH.portrait) }];
}

function generalWriter(ctx: Ctx): FactsWriter<GeneralFacts> {
  return {
    sentences: (f) => describeGeneralFacts(f, ctx.sentences),
    tables: generalTables,
    ...(GENERAL_FACTS === undefined ? {} : { schema: GENERAL_FACTS }),
    shownElsewhere: () => ctx.shown,
  };
}

/** The content of an answer in this report's mode (draft or issued, how "nothing" is written). */
function contentOf(
  ctx: Ctx,
  answer: AnyAnswer | undefined,
  title: string,
  writer: FactsWriter<object> = generalWriter(ctx),
): SectionContent | null {
  return answerContent(answer, title, writer, ctx.draft, ctx.inlineNone);
}

/** The section of an area (standard or `custom:<id>`) under `title`. */
function areaNode(ref: string, title: string, ctx: Ctx): Node | null {
  if (ref.startsWith("custom:")) {
    const id = ref.slice("custom:".length);
    const custom = ctx.body.customAreas?.find((c) => c.id === id);
    return node(title, contentOf(ctx, custom?.answer, title));
  }
  return isAreaId(ref) ? standardAreaNode(ref, title, ctx) : node(title, contentOf(ctx, undefined, title));
}

function isAreaId(ref: string): ref is AreaId {
  return AREA_SET.has(ref);
}

/** The section of a standard area: its renderer's sentences, with its references to appendices. */
function standardAreaNode<K extends AreaId>(area: K, title: string, ctx: Ctx): Node | null {
  const answer: AnyAnswer | undefined = ctx.body.areas[area];
  const refs = ctx.appendices[area] ?? {};
  const schema = areaFactsNode(area);
  const writer: FactsWriter<FactsOf<K>> = {
    sentences: (f) => describeAreaFacts(area, f, ctx.sentences, refs),
    ...(schema === undefined ? {} : { schema }),
    shownElsewhere: () => ctx.shown,
  };
  return node(title, answerContent(answer, title, writer, ctx.draft, ctx.inlineNone));
}

function hasAnswer(a: { answer: string } | undefined): boolean {
  return a !== undefined && a.answer !== "unanswered";
}

/** Areas and custom areas with an answer that no part of the outline names. */
function unlistedAreas(outline: ReportOutline, ctx: Ctx): Node[] {
  const listed = new Set<string>();
  for (const p of outline.parts) {
    if (p.part === "area") listed.add(p.area);
    if (p.part === "results") for (const a of p.areas) listed.add(a.area);
  }
  const out: (Node | null)[] = [];
  for (const area of AREA_IDS) {
    if (!listed.has(area) && hasAnswer(ctx.body.areas[area]))
      out.push(areaNode(area, defaultAreaTitle(area), ctx));
  }
  for (const c of ctx.body.customAreas ?? []) {
    if (!listed.has(`custom:${c.id}`) && hasAnswer(c.answer))
      out.push(areaNode(`custom:${c.id}`, c.title, ctx));
  }
  return present(out);
}

function sectionNode(answer: AnyAnswer | undefined, title: string, ctx: Ctx): Node | null {
  return node(title, contentOf(ctx, answer, title));
}

function assessmentPart(p: PartOf<"assessment">, ctx: Ctx): Node | null {
  const a = ctx.body.assessment ?? {};
  const sub = (title: string | undefined, fallback: string, answer: AnyAnswer | undefined): Node | null =>
    title === undefined && !hasAnswer(answer) ? null : sectionNode(answer, ctx.fill(title ?? fallback), ctx);
  const causeChildren = present([
    sub(p.objectiveCauses, "Nguyên nhân khách quan", a.objectiveCauses),
    sub(p.subjectiveCauses, "Nguyên nhân chủ quan", a.subjectiveCauses),
  ]);
  let causes: Node | null = null;
  if (p.causes !== undefined || hasAnswer(a.causes) || causeChildren.length > 0) {
    const title = ctx.fill(p.causes ?? "Nguyên nhân");
    const own = causeChildren.length > 0 && !hasAnswer(a.causes) ? null : contentOf(ctx, a.causes, title);
    causes = node(title, own, causeChildren);
  }
  const children = present([
    sub(p.advantages, "Thuận lợi", a.advantages),
    sub(p.difficulties, "Khó khăn, hạn chế", a.difficulties),
    causes,
  ]);
  return group(ctx.fill(p.title), children, ctx.draft);
}

function directionsPart(p: PartOf<"directions">, ctx: Ctx): Node | null {
  const { outlook, directions } = ctx.body;
  const title = ctx.fill(p.title);
  if (p.outlook !== undefined || p.tasks !== undefined) {
    const children = present([
      p.outlook === undefined && !hasAnswer(outlook)
        ? null
        : sectionNode(outlook, ctx.fill(p.outlook ?? "Dự báo tình hình"), ctx),
      p.tasks === undefined && !hasAnswer(directions)
        ? null
        : sectionNode(directions, ctx.fill(p.tasks ?? "Nhiệm vụ, giải pháp {nextPeriod}"), ctx),
    ]);
    return group(title, children, ctx.draft);
  }
  // No sub-headings: the outlook's paragraphs (when it has any), then the directions.
  const before = hasAnswer(outlook)
    ? (answerContent(outlook, title, generalWriter(ctx), false)?.blocks ?? [])
    : [];
  const own = contentOf(ctx, directions, title);
  if (before.length === 0) return node(title, own);
  return { title, blocks: [...before, ...(own?.blocks ?? [])], children: [] };
}

function recommendationsPart(p: PartOf<"recommendations">, ctx: Ctx): Node | null {
  const r = ctx.body.recommendations;
  const title = ctx.fill(p.title);
  if (r === undefined || r.answer !== "content") return sectionNode(r, title, ctx);
  const blocks = narrativeBlocks(r.narrative);
  const items = r.items ?? [];
  items.forEach((item, i) => {
    // "Đối với Bộ Ngoại giao: …": whom it is addressed to, unless the text names it already.
    const to = item.to?.trim();
    const text =
      to && !mentions(item.text, to) ? `Đối với ${stripEnd(to)}: ${item.text.trim()}` : item.text.trim();
    blocks.push(para(p.marker === "number" ? `${i + 1}. ${text}` : `- ${text}`));
  });
  return node(title, blocks.length > 0 ? { blocks } : ctx.draft ? { blocks: [placeholder()] } : null);
}

function partNode(p: OutlinePart, ctx: Ctx, extras: Node[]): Node | null {
  switch (p.part) {
    case "context":
      return sectionNode(ctx.body.context, ctx.fill(p.title), ctx);
    case "area":
      return areaNode(p.area, ctx.fill(p.title), ctx);
    case "results": {
      const children = present(p.areas.map((a) => areaNode(a.area, ctx.fill(a.title), ctx)));
      return group(ctx.fill(p.title), [...children, ...extras], ctx.draft);
    }
    case "assessment":
      return assessmentPart(p, ctx);
    case "directions":
      return directionsPart(p, ctx);
    case "recommendations":
      return recommendationsPart(p, ctx);
  }
}

function defaultPart<K extends OutlinePart["part"]>(kind: K): PartOf<K> {
  return DEFAULT_REPORT_OUTLINE.parts.find((p): p is PartOf<K> => p.part === kind)!;
}

/**
 * The outline actually written: the given one, plus the default parts for whatever the
 * document answers and the outline has no part for (context first; results, assessment,
 * directions and recommendations at the end), so no answer is lost.
 */
export function effectiveOutline(outline: ReportOutline, body: Body, hasExtras: boolean): OutlinePart[] {
  const parts = [...outline.parts];
  const has = (k: OutlinePart["part"]) => parts.some((p) => p.part === k);
  const a = body.assessment ?? {};
  if (!has("context") && hasAnswer(body.context))
    parts.unshift({ part: "context", title: "Bối cảnh tình hình" });
  if (!has("results") && hasExtras) {
    const at = parts.findIndex(
      (p) => p.part === "assessment" || p.part === "directions" || p.part === "recommendations",
    );
    parts.splice(at < 0 ? parts.length : at, 0, { ...defaultPart("results"), areas: [] });
  }
  const answered = [a.advantages, a.difficulties, a.causes, a.objectiveCauses, a.subjectiveCauses].some(
    hasAnswer,
  );
  if (!has("assessment") && answered) parts.push(defaultPart("assessment"));
  if (!has("directions") && (hasAnswer(body.outlook) || hasAnswer(body.directions)))
    parts.push(defaultPart("directions"));
  if (!has("recommendations") && hasAnswer(body.recommendations)) parts.push(defaultPart("recommendations"));
  return parts;
}

/** The blocks of a report's body, from the intro to the last part (the closing is the caller's). */
export function reportBody(
  doc: ReportDocument,
  outline: ReportOutline | undefined,
  draft: boolean,
  inlineNone = true,
): Block[] {
  const body = doc.body;
  const period = periodLabel(body.period);
  const next = nextPeriodLabel(body.period, body.directionsPeriod);
  const ctx: Ctx = {
    body,
    appendices: appendixRefs(doc),
    draft,
    inlineNone,
    sentences: sentenceContext(body.period),
    fill: (t) => (t.indexOf("{") < 0 ? t : t.replaceAll("{period}", period).replaceAll("{nextPeriod}", next)),
    shown: typedTablesText(doc),
  };
  const chosen = outline ?? body.outline ?? DEFAULT_REPORT_OUTLINE;
  const extras = unlistedAreas(chosen, ctx);
  const parts = effectiveOutline(chosen, body, extras.length > 0);
  const firstResults = parts.findIndex((p) => p.part === "results");
  const nodes = present(parts.map((p, i) => partNode(p, ctx, i === firstResults ? extras : [])));
  const out = narrativeBlocks(body.intro);
  emit(nodes, 1, out);
  return out;
}
