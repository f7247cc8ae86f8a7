/**
 * `@doingoai/core/ui` is a narrower door to the same modules as `@doingoai/core/lite`: a page
 * importing both gets one copy of each (one language registry, one model IR), and the
 * package.json exports name it in every condition.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as lite from "../src/lite";
import * as ui from "../src/ui";

describe("@doingoai/core/ui", () => {
  it("exports only what lite exports, the very same values", () => {
    const uiExports = Object.entries(ui);
    const liteExports = new Map(Object.entries(lite));
    expect(uiExports.length).toBeGreaterThan(10);
    for (const [name, value] of uiExports) expect(liteExports.get(name), name).toBe(value);
  });

  it("is exported by the package, for development and as published", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.exports["./ui"]["@doingoai/source"]).toBe("./src/ui.ts");
    expect(pkg.exports["./ui"].import.default).toBe("./dist/ui.js");
    expect(pkg.publishConfig.exports["./ui"].require.default).toBe("./dist/ui.cjs");
    expect(pkg.typesVersions["*"].ui).toEqual(["./dist/ui.d.ts"]);
  });
});
