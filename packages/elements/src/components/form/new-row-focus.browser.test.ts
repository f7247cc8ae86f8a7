/**
 * A row added with "Thêm …" is shown by the frame of the click and takes the focus in the task
 * after that frame (decision 35). On a PC too busy to paint, the next key or click can come
 * first: keys land in the new row, a click elsewhere keeps the focus where it put it. Time stands
 * still in the page (Playwright's clock: no frame callback, no timer runs) until a test lets it go.
 * Its own file: the clock stays installed in the browser context.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { focused, openSection, usePortalPage } from "../../../../../tests/browser/helpers";

let page: Page;
const REPORT = "#form-bao-cao doingoai-document-form";
const KEY = "frame.recipients.list";
const word = "Sở Ngoại vụ tỉnh Lạng Sơn";

usePortalPage(REPORT, (t) => {
  page = t.page;
});

/** The texts of the recipients' inputs, in order. */
function shown(p: Page): Promise<string[]> {
  return p.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    return [...root.querySelectorAll<HTMLInputElement>("input[data-p^='frame.recipients.list.']")].map(
      (i) => i.value,
    );
  }, REPORT);
}

/** "Thêm danh sách nơi nhận" clicked with time held: the focus is still on it. */
async function addWithTimeHeld(): Promise<void> {
  await openSection(page, REPORT, /^Thể thức văn bản$/);
  const add = page.locator(REPORT).getByRole("button", { name: "Thêm danh sách nơi nhận" });
  await add.scrollIntoViewIfNeeded();
  await page.clock.install();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await add.click();
  expect((await focused(page)).name).toMatch(/^Thêm danh sách nơi nhận/);
  expect(await shown(page)).toEqual([""]);
}

describe("the new row takes the focus after the frame that shows it", () => {
  it("keys typed before then land in the new row, none on “Thêm …”", async () => {
    await addWithTimeHeld();
    // The first key arrives while "Thêm …" has the focus (a space there would add a row).
    await page.keyboard.type(word);
    expect(await shown(page)).toEqual([word]);
    expect((await focused(page)).id).toBe(`f-${KEY}.0`);
    await page.clock.runFor(1000);
    expect(await shown(page)).toEqual([word]);
  });

  it("without a key or a click, the focus moves once time goes on", async () => {
    await addWithTimeHeld();
    await page.clock.runFor(1000);
    expect((await focused(page)).id).toBe(`f-${KEY}.0`);
  });

  it("a click in another field keeps the focus there", async () => {
    await addWithTimeHeld();
    await page.locator(REPORT).locator("input[data-k='text'], textarea[data-k='text']").first().click();
    const id = (await focused(page)).id;
    expect(id).not.toBe(`f-${KEY}.0`);
    await page.clock.runFor(1000);
    expect((await focused(page)).id).toBe(id);
  });

  it("a click on text to read, where nothing takes the focus, keeps it off the new row", async () => {
    // The portal's <main> takes the focus (a skip link's target); a page without one does not.
    await page.evaluate(() => document.querySelector("main")?.removeAttribute("tabindex"));
    await addWithTimeHeld();
    await page.locator(REPORT).locator("legend").first().click();
    expect((await focused(page)).tag).toBe("body");
    await page.clock.runFor(1000);
    expect((await focused(page)).tag).toBe("body");
  });
});
