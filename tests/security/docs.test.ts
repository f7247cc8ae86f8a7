/** docs/security.md states the limits the code applies: each of its three tables, checked. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIMITS } from "@doingoai/core";
import { DOCX_LIMITS } from "@doingoai/render";
import { describe, expect, it } from "vitest";
import { LIMITS as SERVER_LIMITS } from "../../examples/portal/server-body.mjs";

const doc = readFileSync(join(__dirname, "../../docs/security.md"), "utf8");

/** The `| \`key\` | value |` rows of the table that follows `marker` in the page. */
function table(marker: string): Record<string, number> {
  const start = doc.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const rows: Record<string, number> = {};
  const lines = doc.slice(start).split("\n");
  let seen = false;
  for (const line of lines) {
    const m = /^\| `(\w+)` \| (\d+) \|/.exec(line);
    if (m) {
      rows[m[1]!] = Number(m[2]);
      seen = true;
    } else if (seen && !line.startsWith("|")) break;
  }
  return rows;
}

describe("docs/security.md", () => {
  it("lists core's LIMITS, every one, with its value", () => {
    expect(table("One table in core")).toEqual({ ...LIMITS });
  });

  it("lists readDocx's DOCX_LIMITS", () => {
    expect(table("`DOCX_LIMITS`")).toEqual({ ...DOCX_LIMITS });
  });

  it("lists the demo server's limits", () => {
    expect(table("The demo server's `LIMITS`")).toEqual({ ...SERVER_LIMITS });
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(__dirname, "../../README.md"), "utf8")).toContain("(docs/security.md)");
  });
});
