/** axe-core: no violations on the portal page nor on any section form. */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECTIONS } from "./fixtures/section-list.js";
import { axe, type Browser, exampleDocument, launch, ready, type Server, startServer } from "./helpers";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("axe on the portal page", () => {
  it("empty report form: 0 violations", async () => {
    await page.goto(server.url);
    await ready(page);
    expect(await axe(page)).toEqual([]);
  });

  it("report form filled with an example: 0 violations", async () => {
    await page.evaluate(
      async (doc) => {
        const el = document.querySelector("#form-bao-cao doingoai-document-form") as HTMLElement & {
          value: unknown;
          updateComplete?: Promise<unknown>;
        };
        el.value = doc;
        await el.updateComplete;
      },
      await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"),
    );
    expect(await axe(page)).toEqual([]);
  });

  it("after a submit with errors (error summary shown): 0 violations", async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });

  it("plan tab: 0 violations", async () => {
    await page.goto(new URL("/#ke-hoach", server.url).href);
    await ready(page, "#form-ke-hoach doingoai-document-form");
    expect(await axe(page)).toEqual([]);
  });
});

describe("axe on every section form (tests/browser/fixtures/sections.html)", () => {
  it.each(SECTIONS)("%s: 0 violations", async (section) => {
    await page.goto(
      new URL(`/fixtures/sections.html?section=${encodeURIComponent(section)}`, server.url).href,
    );
    await ready(page, "doingoai-section-form");
    expect(await axe(page)).toEqual([]);
  });

  it("all sections on one page: 0 violations", async () => {
    await page.goto(new URL("/fixtures/sections.html", server.url).href);
    await ready(page, "doingoai-section-form");
    await page.waitForFunction(() =>
      [...document.querySelectorAll("doingoai-section-form")].every((e) => e.shadowRoot?.childNodes.length),
    );
    expect(await axe(page)).toEqual([]);
  });
});
