/** What a rule gets: the document (already structurally valid) and a way to report. */
import type { Document } from "../model/document";
import type { IssuePath, RawIssue, Severity } from "../validate/issues";

export interface RuleContext {
  doc: Document;
  report(code: string, path: IssuePath, severity: Severity, params?: Record<string, unknown>): void;
}

/** A rule that looks at the document as a whole. */
export type DocumentRule = (ctx: RuleContext) => void;
/**
 * A rule that looks at every object of the document; all of them share one walk.
 * `key` is the property (or, for array items, the array's property) the object sits under.
 */
export interface ObjectRule {
  visit(
    obj: Record<string, unknown>,
    path: IssuePath,
    key: string | number | undefined,
    ctx: RuleContext,
  ): void;
}
export type Rule = DocumentRule | ObjectRule;

/** The rules of a set by their two kinds. */
export function splitRules(rules: Readonly<Record<string, Rule>>): {
  documentRules: DocumentRule[];
  objectRules: ObjectRule[];
} {
  const documentRules: DocumentRule[] = [];
  const objectRules: ObjectRule[] = [];
  for (const name in rules) {
    const r = rules[name]!;
    if (typeof r === "function") documentRules.push(r);
    else objectRules.push(r);
  }
  return { documentRules, objectRules };
}

/** Run rules: document rules one by one, object rules together in a single walk. */
export function runRules(rules: Readonly<Record<string, Rule>>, ctx: RuleContext): void {
  const visitors: ObjectRule[] = [];
  for (const name in rules) {
    const r = rules[name]!;
    if (typeof r === "function") r(ctx);
    else visitors.push(r);
  }
  if (visitors.length === 0) return;
  eachObject(ctx.doc, (o, path, key) => {
    for (const v of visitors) v.visit(o, path, key, ctx);
  });
}

export function makeContext(doc: Document, out: RawIssue[]): RuleContext {
  return {
    doc,
    report(code, path, severity, params) {
      out.push(params ? { code, path, severity, params } : { code, path, severity });
    },
  };
}

/** Keys under which the model holds citations (single or lists). */
export const CITATION_KEYS = new Set([
  "citation",
  "citations",
  "issued",
  "decisions",
  "decision",
  "approval",
  "programme",
]);

/**
 * Visit every object of the document with its path. `visit` returns nothing; the walk is one
 * pass over the tree, so rules that need many kinds of node share it (see `runRules`).
 */
export function eachObject(
  node: unknown,
  visit: (obj: Record<string, unknown>, path: IssuePath, key: string | number | undefined) => void,
  path: IssuePath = [],
  key?: string | number,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      eachObject(node[i], visit, path, key);
      path.pop();
    }
  } else if (node !== null && typeof node === "object") {
    const obj = node as Record<string, unknown>;
    visit(obj, path, key);
    for (const k in obj) {
      const v = obj[k];
      if (v !== null && typeof v === "object") {
        path.push(k);
        eachObject(v, visit, path, k);
        path.pop();
      }
    }
  }
}
