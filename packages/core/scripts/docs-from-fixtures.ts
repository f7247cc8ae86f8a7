/**
 * Files written from the fixtures (one source): the plain invalid examples
 * (`examples/documents/invalid/<name>.json`, from their `.patch.json`) and the table of issue
 * codes of `docs/validation.md` (from `ISSUE_CASES` and the messages). `generate-examples.ts`
 * writes them; `test/generated-docs.test.ts` fails when one is stale.
 */
import { join } from "node:path";
import { validateJson } from "../src";
import { applyPatch, example, INVALID_NAMES, invalidText } from "../src/fixtures";
import { ISSUE_CASES, type IssueCase } from "../src/fixtures/issue-cases";
import { message } from "../src/validate/messages";

export const ROOT = join(import.meta.dirname, "../../..");
export const INVALID_DIR = join(ROOT, "examples/documents/invalid");
export const VALIDATION_MD = join(ROOT, "docs/validation.md");
export const TABLE_START = "<!-- issue-codes: generated from ISSUE_CASES and the messages; do not edit -->";
export const TABLE_END = "<!-- /issue-codes -->";

/** File name → text of every plain invalid example. */
export function invalidFiles(): Record<string, string> {
  return Object.fromEntries(INVALID_NAMES.map((n) => [`${n}.json`, invalidText(n)]));
}

/** The input text of an issue case. */
export function caseText(c: IssueCase): string {
  if ("invalid" in c) return invalidText(c.invalid);
  if ("text" in c) return c.text;
  return JSON.stringify(applyPatch(example(c.base), c.patch));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
/** Parser messages differ between Node versions: the table shows their place, not their words. */
const PARSER_DETAIL = new Set(["document.not-json", "document.unexpected"]);

/** The markdown table of every issue code: severity, an example path, the message in vi and en. */
export function issueTable(): string {
  const rows = [
    "| code | severity | example path | message (vi) | message (en) |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const [code, c] of Object.entries(ISSUE_CASES)) {
    if (c === null) {
      rows.push(`| \`${code}\` | error | — | _(no known input reaches it)_ | |`);
      continue;
    }
    const text = caseText(c);
    const [vi, en] = (["vi", "en"] as const).map((lang) => {
      const issue = validateJson(text, { lang }).issues.find((i) => i.code === code);
      if (!issue)
        throw new Error(
          `the case of ${code} does not give it: ${validateJson(text).issues.map((i) => i.code)}`,
        );
      const params = PARSER_DETAIL.has(code) ? { ...issue.params, detail: "…" } : (issue.params ?? {});
      return { issue, text: message(code, issue.field, params, lang) };
    });
    const path = vi!.issue.path.length ? vi!.issue.path.join(".") : "(root)";
    rows.push(
      `| \`${code}\` | ${vi!.issue.severity} | \`${path}\` | ${cell(vi!.text)} | ${cell(en!.text)} |`,
    );
  }
  return rows.join("\n");
}

/** `docs/validation.md` with its table of issue codes written afresh. */
export function withIssueTable(md: string): string {
  const a = md.indexOf(TABLE_START);
  const b = md.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error("docs/validation.md: the issue-code table markers are missing");
  return `${md.slice(0, a + TABLE_START.length)}\n\n${issueTable()}\n\n${md.slice(b)}`;
}
