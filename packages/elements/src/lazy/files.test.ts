/**
 * The files a portal must copy: every file the browser build writes (the bundle and the files it
 * loads on first use) is in the table of docs/integrator-guide.md, and the table names no other.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import configs from "../../tsup.config";

type Entry = { entry?: Record<string, string> | string[]; platform?: string };

const browserFiles = (configs as Entry[])
  .filter((c) => c.platform === "browser")
  .flatMap((c) => Object.keys(c.entry ?? {}))
  .map((name) => `${name}.js`)
  .sort();

const guide = readFileSync(new URL("../../../../docs/integrator-guide.md", import.meta.url), "utf8");
const section = guide.slice(guide.indexOf("## 1."), guide.indexOf("## 2."));
const listed = [...section.matchAll(/^\| `([\w.-]+\.js)` \|/gm)].map((m) => m[1]).sort();

describe("the files of the browser build in the integrator's guide", () => {
  it("the build writes the bundle and the files it loads on first use", () => {
    expect(browserFiles).toContain("doingoai-elements.min.js");
    expect(browserFiles.length).toBeGreaterThan(1);
  });

  it("lists exactly the files the browser build writes", () => {
    expect(listed).toEqual(browserFiles);
  });
});
