/**
 * The same element inside a React 19 and a Vue 3 page (examples/react-host, examples/vue-host):
 * the document set as a property shows, the element's events reach the framework, and the
 * framework's form submits the document. The hosts are built here with esbuild (≈ 1 s each).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  exampleDocument,
  launch,
  openSection,
  ROOT,
  ready,
  type Server,
  startServer,
} from "./helpers";

let server: Server;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  const run = promisify(execFile);
  await Promise.all(
    ["react-host", "vue-host"].map((h) =>
      run(process.execPath, [join(ROOT, "examples", h, "build.mjs")], { cwd: ROOT }),
    ),
  );
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  ["React", "/react/"],
  ["Vue", "/vue/"],
])("%s host", (_name, path) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(new URL(path, server.url).href);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
  });
  afterAll(() => page?.close());

  it("renders the element with the document set as a property", async () => {
    const expected = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as {
      frame: { subject: string };
    };
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              document.querySelector("doingoai-document-form") as HTMLElement & {
                value?: { frame?: { subject?: string } };
              }
            ).value?.frame?.subject,
        ),
      )
      .toBe(expected.frame.subject);
    expect(await page.locator("doingoai-document-form").getAttribute("value")).toBeNull();
    expect(browser.problems).toEqual([]);
  });

  it("hears doingoai-change when the person types", async () => {
    await openSection(page, "doingoai-document-form", /^Thể thức văn bản$/);
    const before = Number(await page.getByTestId("changes").textContent());
    const field = page
      .locator("doingoai-document-form")
      .getByLabel(/^Trích yếu/)
      .first();
    await field.click();
    await page.keyboard.type(" (bản sửa)", { delay: 10 });
    await expect
      .poll(async () => Number(await page.getByTestId("changes").textContent()))
      .toBeGreaterThan(before);
  });

  it("submits the document through the framework's form", async () => {
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect
      .poll(() => page.getByTestId("status").textContent(), { timeout: 10_000 })
      .toContain("Máy chủ: văn bản hợp lệ");
    expect(browser.problems).toEqual([]);
  });
});
