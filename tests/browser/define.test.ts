/**
 * `define` is idempotent: two copies of the bundle on one page (a portal and a widget each
 * shipping theirs) register the tags once, warn about the second owner, and never throw.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, exampleDocument, launch, ready, type Server, startServer } from "./helpers";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage();
  await page.goto(new URL("/fixtures/two-bundles.html", server.url).href);
  await page.waitForFunction(() =>
    performance
      .getEntriesByType("resource")
      .some((e) => e.name.includes("doingoai-elements.min.js?ban-thu-hai")),
  );
  await ready(page);
  // The second copy has run once it has warned (fetched is not run); the tests below say what it did.
  for (let t = 0; t < 100 && !browser.warnings.some((w) => w.includes("doingoai-document-form")); t++)
    await page.waitForTimeout(100);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("two bundles on one page", () => {
  it("loads both without an error", () => {
    expect(browser.problems).toEqual([]);
  });

  it("warns (console.warn) that another copy owns the tags", () => {
    expect(browser.warnings.some((w) => w.includes("doingoai-document-form"))).toBe(true);
  });

  it("keeps one working, form-associated element", async () => {
    await page.evaluate(
      async (doc) => {
        const el = document.querySelector("doingoai-document-form") as HTMLElement & { value: unknown };
        el.value = doc;
      },
      await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"),
    );
    const json = await page.evaluate(() =>
      new FormData(document.getElementById("f") as HTMLFormElement).get("document"),
    );
    expect(JSON.parse(String(json)).kind).toBe("report");
  });

  it("calling define() again: silent for the copy that owns the tags, one warning per tag for the other", async () => {
    // Strings, so that vitest does not rewrite the page's dynamic import().
    const call = (url: string) =>
      page.evaluate(`(async () => {
        const mod = await import(${JSON.stringify(url)});
        if (typeof mod.define !== "function") return "no define export";
        try {
          mod.define();
          return "ok";
        } catch (e) {
          return "threw " + e.message;
        }
      })()`) as Promise<string>;
    let before = browser.warnings.length;
    expect(await call("/elements/doingoai-elements.min.js")).toBe("ok");
    expect(browser.warnings.slice(before)).toEqual([]);
    before = browser.warnings.length;
    expect(await call("/elements/doingoai-elements.min.js?ban-thu-hai")).toBe("ok");
    const warned = browser.warnings.slice(before);
    for (const tag of ["doingoai-document-form", "doingoai-section-form", "doingoai-preview"])
      expect(warned.filter((w) => w.includes(`<${tag}>`))).toHaveLength(1);
    expect(browser.problems).toEqual([]);
  });
});
