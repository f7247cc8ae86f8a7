/**
 * The sections of each kind of document, as the task list shows them: one id, the paths it edits,
 * a title. Areas come from the model (AREA_IDS); every body key of every kind is in a section or in
 * NOT_IN_FORM (sections.test.ts checks it against the schema, so the table cannot drift).
 */
import { areaLabel, type DocumentKind, fieldLabel, type Lang } from "@doingoai/core/ui";
import { type StringKey, t } from "../strings/strings";
import { AREA_IDS } from "./constants";
import { DOCUMENT_SCHEMAS, nodeOf, type Path, schemaAt } from "./schema";

export type SectionGroup = "general" | "results" | "assessment" | "plan" | "notice" | "appendices";

export interface Section {
  id: string;
  group: SectionGroup;
  /** Paths into the document this section edits. */
  paths: Path[];
  title(lang: Lang): string;
}

/** Body keys edited elsewhere than in the form (outline and headings are set by the portal). */
export const NOT_IN_FORM: Record<DocumentKind, string[]> = {
  report: ["outline"],
  plan: ["headings", "outline"],
  "conclusion-notice": ["headings", "numbering", "outline"],
  "report-request": [],
};

export const GROUP_TITLES: Record<SectionGroup, StringKey> = {
  general: "groupGeneral",
  results: "groupResults",
  assessment: "groupAssessment",
  plan: "groupPlan",
  notice: "groupNotice",
  appendices: "groupAppendices",
};

const body = (...keys: string[]): Path[] => keys.map((k) => ["body", ...k.split(".")]);
const label = (key: string) => (lang: Lang) => fieldLabel(key, undefined, lang);
const text = (key: StringKey) => (lang: Lang) => t(lang, key);

const frame: Section = { id: "frame", group: "general", paths: [["frame"]], title: label("frame") };
const appendices: Section = {
  id: "appendices",
  group: "appendices",
  paths: [["appendices"]],
  title: label("appendices"),
};

const SECTIONS: Record<DocumentKind, Section[]> = {
  report: [
    frame,
    {
      id: "overview",
      group: "general",
      paths: body("period", "intro", "context"),
      title: text("sectionOverviewReport"),
    },
    ...AREA_IDS.map(
      (a): Section => ({
        id: `areas.${a}`,
        group: "results",
        paths: body(`areas.${a}`),
        title: (lang) => areaLabel(a, lang),
      }),
    ),
    { id: "customAreas", group: "results", paths: body("customAreas"), title: label("customAreas") },
    { id: "assessment", group: "assessment", paths: body("assessment"), title: label("assessment") },
    {
      id: "directions",
      group: "assessment",
      paths: body("outlook", "directionsPeriod", "directions"),
      title: text("sectionDirections"),
    },
    {
      id: "recommendations",
      group: "assessment",
      paths: body("recommendations", "closing"),
      title: label("recommendations"),
    },
    appendices,
  ],
  plan: [
    frame,
    {
      id: "overview",
      group: "general",
      paths: body("variant", "period", "intro"),
      title: text("sectionOverviewPlan"),
    },
    { id: "purpose", group: "plan", paths: body("purpose"), title: label("purpose") },
    { id: "requirements", group: "plan", paths: body("requirements"), title: label("requirements") },
    { id: "content", group: "plan", paths: body("customAreas", "content"), title: label("content") },
    { id: "implementation", group: "plan", paths: body("implementation"), title: label("implementation") },
    { id: "funding", group: "plan", paths: body("funding", "closing"), title: text("sectionFunding") },
    appendices,
  ],
  "conclusion-notice": [
    frame,
    {
      id: "session",
      group: "general",
      paths: body("session", "period", "intro", "customAreas"),
      title: label("session"),
    },
    { id: "assessment", group: "notice", paths: body("assessment"), title: label("assessment") },
    { id: "limitations", group: "notice", paths: body("limitations"), title: label("limitations") },
    {
      id: "tasks",
      group: "notice",
      paths: body("directionsPeriod", "tasks", "otherTasks"),
      title: text("sectionTasks"),
    },
    {
      id: "answers",
      group: "notice",
      paths: body("requestAnswers", "closing"),
      title: text("sectionAnswers"),
    },
    appendices,
  ],
  // A report request (công văn đề nghị báo cáo): what is asked, of whom, by when.
  "report-request": [
    frame,
    {
      id: "overview",
      group: "general",
      paths: body("reportClass", "period", "cutOff", "deadline", "intro"),
      title: label("period"),
    },
    { id: "content", group: "general", paths: body("areas", "tables"), title: label("content") },
    {
      id: "units",
      group: "general",
      paths: body("units", "submission", "contact", "closing"),
      title: label("units"),
    },
    appendices,
  ],
};

/** The sections of a kind of document, in task-list order. */
export function sectionsOf(kind: DocumentKind): readonly Section[] {
  return SECTIONS[kind];
}

/**
 * A section by id: a task-list id ("frame", "areas.consular", "assessment"), or any path into the
 * document, relative to the body unless it starts with "frame" or "appendices" ("areas.delegations",
 * "frame.signature", "body.period").
 */
export function findSection(kind: DocumentKind, id: string): Section | undefined {
  const known = SECTIONS[kind].find((s) => s.id === id);
  if (known) return known;
  const keys = id.split(".").filter(Boolean);
  if (keys.length === 0) return undefined;
  const path: Path =
    keys[0] === "frame" || keys[0] === "appendices" || keys[0] === "body" ? keys : ["body", ...keys];
  const s = schemaAt(DOCUMENT_SCHEMAS[kind], path, undefined);
  if (s === undefined || nodeOf(s).t === "literal") return undefined;
  const last = String(path.at(-1));
  const parent = path.at(-2);
  return {
    id,
    group: "general",
    paths: [path],
    title: (lang) =>
      parent === "areas" && (AREA_IDS as readonly string[]).includes(last)
        ? areaLabel(last as (typeof AREA_IDS)[number], lang)
        : fieldLabel(last, undefined, lang),
  };
}

/** The section of `kind` that edits `path` (for links from the error summary). */
export function sectionFor(kind: DocumentKind, path: Path): Section | undefined {
  return SECTIONS[kind].find((s) => s.paths.some((p) => p.every((k, i) => path[i] === k)));
}
