/**
 * `<doingoai-section-form>` with `autosave-key` tells what the document form tells of its draft:
 * a draft it cannot open is kept and offered as a file, another tab saving the same draft is
 * said, and "Bỏ bản nháp" asks and can be undone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { axe, type Browser, launch, type Server, startServer } from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const FORM = "#section-draft";
const KEY = "section-draft-test";

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  await page.goto(`${server.url}fixtures/sections.html`);
  await page.evaluate(() => localStorage.clear());
  browser.problems.length = 0;
  return async () => {
    for (const p of browser.context.pages()) await p.close();
  };
});

async function addForm(p: Page) {
  await p.evaluate(
    async ([key]) => {
      const el = document.createElement("doingoai-section-form");
      el.id = "section-draft";
      el.setAttribute("section", "frame");
      el.setAttribute("autosave-key", key!);
      document.querySelector("main")!.append(el);
      await customElements.whenDefined("doingoai-section-form");
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    },
    [KEY] as const,
  );
}

const notice = (p: Page) => p.locator(FORM).locator('[part~="draft-notice"]');
const stored = (p: Page) =>
  p.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY) as Promise<{
    value?: { frame?: { subject?: string } };
  } | null>;

async function typeSubject(p: Page, text: string) {
  const field = p
    .locator(FORM)
    .getByLabel(/^Trích yếu/)
    .first();
  await field.fill(text);
  await expect.poll(async () => (await stored(p))?.value?.frame?.subject, { timeout: 15_000 }).toBe(text);
}

describe("the section form's draft notices", () => {
  it("a draft it cannot open is kept aside and offered as a file", async () => {
    await page.evaluate((k) => localStorage.setItem(k, "{hỏng"), KEY);
    await addForm(page);
    await expect.poll(() => notice(page).textContent(), { timeout: 15_000 }).toMatch(/bị hỏng/);
    expect(await axe(page, FORM)).toEqual([]);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith(`${KEY}:unreadable:`))).toBe(true);
    expect(
      await notice(page)
        .getByRole("button", { name: /Tải bản nháp đó về/ })
        .count(),
    ).toBe(1);
  });

  it("another tab saving the same draft is said", async () => {
    await addForm(page);
    const b = await browser.context.newPage();
    await b.goto(`${server.url}fixtures/sections.html`);
    await addForm(b);
    await typeSubject(page, "Trích yếu của thẻ thứ nhất");
    await expect
      .poll(() => notice(b).textContent(), { timeout: 15_000 })
      .toMatch(/vừa được lưu ở một thẻ khác/);
    expect(await notice(b).getByRole("button", { name: "Mở bản ở thẻ kia" }).count()).toBe(1);
  });

  it("“Bỏ bản nháp” asks first and can be undone", async () => {
    await addForm(page);
    await typeSubject(page, "Trích yếu sẽ bị bỏ");
    await page.reload();
    await addForm(page);
    const form = page.locator(FORM);
    await expect.poll(() => form.locator(".save-status").textContent()).toMatch(/Đã khôi phục bản nháp/);
    await form.getByRole("button", { name: "Bỏ bản nháp" }).first().click();
    // Asked first: nothing is emptied yet.
    await expect.poll(() => notice(page).textContent()).toMatch(/Bỏ bản nháp\?/);
    expect(
      await form
        .getByLabel(/^Trích yếu/)
        .first()
        .inputValue(),
    ).toBe("Trích yếu sẽ bị bỏ");
    await notice(page).getByRole("button", { name: "Bỏ bản nháp" }).click();
    await expect
      .poll(() =>
        form
          .getByLabel(/^Trích yếu/)
          .first()
          .inputValue(),
      )
      .toBe("");
    await notice(page).getByRole("button", { name: "Hoàn tác" }).click();
    await expect
      .poll(() =>
        form
          .getByLabel(/^Trích yếu/)
          .first()
          .inputValue(),
      )
      .toBe("Trích yếu sẽ bị bỏ");
    expect(browser.problems).toEqual([]);
  });
});
