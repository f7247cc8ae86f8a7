/** What a rule gets: the document (already structurally valid) and a way to report. */
import type { Document } from "../model/document";
import type { IssuePath, RawIssue, Severity } from "../validate/issues";
import type { IssueCode } from "../validate/messages-vi";

export interface RuleContext {
  doc: Document;
  report(code: IssueCode, path: IssuePath, severity: Severity, params?: Record<string, unknown>): void;
}

/** A rule that looks at the document as a whole. */
export type DocumentRule = (ctx: RuleContext) => void;
/**
 * A rule attached to schema nodes (`withRules` in the model): it sees every object of the
 * document whose schema node carries its name, wherever the object is placed.
 */
export interface ObjectRule {
  visit(obj: Record<string, unknown>, path: IssuePath, ctx: RuleContext): void;
}
export type Rule = DocumentRule | ObjectRule;

/** The rules of a set by their two kinds. */
export function splitRules(rules: Readonly<Record<string, Rule>>): {
  documentRules: DocumentRule[];
  objectRules: Record<string, ObjectRule>;
} {
  const documentRules: DocumentRule[] = [];
  const objectRules: Record<string, ObjectRule> = {};
  for (const name in rules) {
    const r = rules[name]!;
    if (typeof r === "function") documentRules.push(r);
    else objectRules[name] = r;
  }
  return { documentRules, objectRules };
}

export function makeContext(doc: Document, out: RawIssue[]): RuleContext {
  return {
    doc,
    report(code, path, severity, params) {
      out.push(params ? { code, path, severity, params } : { code, path, severity });
    },
  };
}
