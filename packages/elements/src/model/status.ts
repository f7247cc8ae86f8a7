/**
 * The status of each section in the task list, and the overall progress, from the document and
 * the latest validation.
 */
import type { DocumentKind, Issue } from "@doingoai/core/lite";
import { emptyOf } from "./fields";
import { getAt, isEmpty, isPrefix } from "./path";
import { DOCUMENT_SCHEMAS, isAnswerUnion, type Path, schemaAt, unwrap } from "./schema";
import type { Section } from "./sections";

export type SectionStatus = "not-started" | "in-progress" | "none" | "completed" | "optional";

export const STATUS_STRINGS = {
  "not-started": "statusNotStarted",
  "in-progress": "statusInProgress",
  none: "statusNone",
  completed: "statusCompleted",
  optional: "statusOptional",
} as const;

function sameAsEmpty(value: unknown, kind: DocumentKind, path: Path, doc: unknown): boolean {
  if (isEmpty(value)) return true;
  const s = schemaAt(DOCUMENT_SCHEMAS[kind], path, doc);
  return s !== undefined && JSON.stringify(value) === JSON.stringify(emptyOf(s));
}

/**
 * - an answer section: not answered → "not-started"; "Không" → "none"; content with errors or
 *   with nothing in it → "in-progress"; content → "completed";
 * - other sections: nothing entered → "not-started" ("optional" when every path may be absent);
 *   errors under its paths → "in-progress"; otherwise "completed".
 */
export function sectionStatus(
  section: Section,
  kind: DocumentKind,
  doc: unknown,
  errors: readonly Issue[],
): SectionStatus {
  const hasErrors = errors.some(
    (i) => i.severity === "error" && section.paths.some((p) => isPrefix(p, i.path)),
  );
  const root = DOCUMENT_SCHEMAS[kind];
  const [only] = section.paths;
  if (section.paths.length === 1 && only) {
    const s = schemaAt(root, only, doc);
    if (s !== undefined && isAnswerUnion(unwrap(s).schema)) {
      const v = getAt(doc, only) as { answer?: string; [k: string]: unknown } | undefined;
      if (!v || v.answer === "unanswered" || v.answer === undefined) return "not-started";
      if (v.answer === "none") return hasErrors ? "in-progress" : "none";
      const { answer: _, ...rest } = v;
      return hasErrors || isEmpty(rest) ? "in-progress" : "completed";
    }
  }
  const empty = section.paths.every((p) => sameAsEmpty(getAt(doc, p), kind, p, doc));
  if (empty) {
    const optional = section.paths.every((p) => {
      const s = schemaAt(root, p, doc);
      return s === undefined || unwrap(s).optional;
    });
    return optional && !hasErrors ? "optional" : "not-started";
  }
  return hasErrors ? "in-progress" : "completed";
}

export interface Progress {
  done: number;
  total: number;
}

/** Sections answered ("completed" or "none") out of those that must be answered. */
export function progressOf(statuses: readonly SectionStatus[]): Progress {
  const counted = statuses.filter((s) => s !== "optional");
  return { done: counted.filter((s) => s === "completed" || s === "none").length, total: counted.length };
}
