/** The DOCX writer and reader run in browsers too: no Node-only APIs in their sources. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const NODE_ONLY = [
  /from "node:/,
  /from "(fs|path|os|crypto|child_process|url|buffer|stream)"/,
  /\brequire\(/,
  /\bBuffer\b/,
  /\bprocess\./,
  /__dirname|__filename/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("browser safety", () => {
  const files = [...sources(join(SRC, "docx")), ...sources(join(SRC, "read"))];

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(SRC.length), f]))("%s uses no Node-only API", (_, file) => {
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const pattern of NODE_ONLY) expect(code, String(pattern)).not.toMatch(pattern);
  });
});
