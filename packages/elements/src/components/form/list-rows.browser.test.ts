/**
 * Repeatable rows as a quick clerk fills them: type in a row, click "Thêm …" 50 ms after the
 * last keystroke (before the form has validated what was typed), type into the new row at once —
 * 20 times. Every click adds its row, every character lands in the row it was typed in, and the
 * JSON the host form submits holds exactly what was typed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Browser, focused, openSection, usePortalPage } from "../../../../../tests/browser/helpers";

let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const ROWS = 20;

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
});

type Doc = {
  frame: { recipients?: { list?: string[] } };
  body: { areas: { delegations?: { facts?: { delegations?: { countries?: string[] }[] } } } };
};

/** The document as the form holds it, and as the host form would submit it (FormData). */
async function values(p: Page): Promise<{ value: Doc; submitted: Doc }> {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement & { value: unknown };
    const form = el.closest("form")!;
    const entry = new FormData(form).get("document");
    return { value: JSON.parse(JSON.stringify(el.value)), submitted: JSON.parse(String(entry)) };
  }, REPORT);
}

/** The texts of the inputs of a list, in order (what the person sees). */
function shown(p: Page, listKey: string): Promise<string[]> {
  return p.evaluate(
    ([sel, key]) => {
      const root = document.querySelector(sel!)!.shadowRoot!;
      const inputs = [...root.querySelectorAll<HTMLInputElement>("input[data-p]")].filter((i) =>
        new RegExp(`^${key!.replace(/\./g, "\\.")}\\.\\d+$`).test(i.dataset.p!),
      );
      return inputs.map((i) => i.value);
    },
    [REPORT, listKey] as const,
  );
}

/** Words with Vietnamese letters and spaces (a space on a focused button would press it). */
const word = (i: number) => `Sở Ngoại vụ tỉnh Lạng Sơn ${String(i + 1).padStart(2, "0")}`;

/**
 * The first row is added and takes the focus; then ROWS times: type, wait 50 ms, click "Thêm …",
 * and type the next word at once, without clicking the new field (the form moves the focus there
 * once the row is painted; a key pressed before then moves it first).
 */
async function fillRows(p: Page, add: ReturnType<Page["locator"]>, listKey: string): Promise<string[]> {
  const words = Array.from({ length: ROWS }, (_, i) => word(i));
  await add.click();
  // Without a key pressed, the new row's field takes the focus by itself.
  await expect.poll(async () => (await focused(p)).id).toBe(`f-${listKey}.0`);
  for (let i = 0; i < ROWS; i++) {
    await p.keyboard.type(words[i]!);
    const f = await focused(p);
    expect(f.isField, `row ${i + 1}: focus is on ${f.tag} “${f.name}”, not in the new row`).toBe(true);
    expect(f.id).toBe(`f-${listKey}.${i}`);
    // No error is shown for what was typed (an error of the empty row it was is not this text's).
    expect(await p.locator(REPORT).locator('[part~="error"]').allTextContents()).toEqual([]);
    if (i === ROWS - 1) break;
    await p.waitForTimeout(50);
    await add.click();
  }
  return words;
}

describe("“Thêm …” clicked 50 ms after typing, 20 times", () => {
  it("rows of text (“Nơi nhận”): every row and every character where it was typed", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const add = page.locator(REPORT).getByRole("button", { name: "Thêm danh sách nơi nhận" });
    const key = "frame.recipients.list";
    const words = await fillRows(page, add, key);
    // At once (no wait for the form to validate): what is shown, held and submitted.
    expect(await shown(page, key)).toEqual(words);
    const { value, submitted } = await values(page);
    expect(value.frame.recipients?.list).toEqual(words);
    expect(submitted.frame.recipients?.list).toEqual(words);
    await page.waitForTimeout(500);
    expect(await shown(page, key)).toEqual(words);
    expect((await values(page)).submitted.frame.recipients?.list).toEqual(words);
    expect(browser.problems).toEqual([]);
  });

  it("rows inside a row (the countries of a delegation): same", async () => {
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    const form = page.locator(REPORT);
    await form.getByLabel("Có nội dung").first().check();
    await form
      .getByRole("button", { name: /^Thêm (danh sách )?đoàn/i })
      .first()
      .click();
    const add = form.getByRole("button", { name: /^Thêm nước$/ }).first();
    const key = "body.areas.delegations.facts.delegations.0.countries";
    const words = await fillRows(page, add, key);
    expect(await shown(page, key)).toEqual(words);
    const { value, submitted } = await values(page);
    expect(value.body.areas.delegations?.facts?.delegations?.[0]?.countries).toEqual(words);
    expect(submitted.body.areas.delegations?.facts?.delegations?.[0]?.countries).toEqual(words);
    expect(browser.problems).toEqual([]);
  });
});

describe("an error that shows when a field is left", () => {
  it("does not take the click that left it: “Thêm …” still adds its row and gets the keystrokes", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const form = page.locator(REPORT);
    const add = form.getByRole("button", { name: "Thêm danh sách nơi nhận" });
    const key = "frame.recipients.list";
    await add.click();
    await page.keyboard.type(word(0));
    await page.waitForTimeout(50);
    await add.click();
    // Row 2 left empty: leaving it shows "Chưa nhập …" above it, which moves "Thêm …" down.
    await page.keyboard.type("x");
    await page.keyboard.press("Backspace");
    await page.waitForTimeout(50);
    await add.click();
    await page.keyboard.type(word(2));
    const f = await focused(page);
    expect(f.id, `focus is on ${f.tag} “${f.name}”`).toBe(`f-${key}.2`);
    expect(await shown(page, key)).toEqual([word(0), "", word(2)]);
    expect((await values(page)).submitted.frame.recipients?.list).toEqual([word(0), "", word(2)]);
    // The error is shown, on the row that has it.
    await expect
      .poll(() => form.locator(`#f-${key.replace(/\./g, "\\.")}\\.1-error`).textContent())
      .toMatch(/Chưa nhập/);
    expect(await form.locator('[part~="error"]').count()).toBe(1);
  });
});

describe("a long list (120 delegations, rows closed)", () => {
  it("shows every row in order before “Thêm …”, and a row added at once is open and takes what is typed", async () => {
    const N = 120;
    const name = (i: number) => `Đoàn công tác số ${i + 1}`;
    await page.evaluate(
      async ([sel, n]) => {
        const el = document.querySelector(sel as string) as HTMLElement & {
          value: { body: { areas: Record<string, unknown> } };
          updateComplete: Promise<unknown>;
        };
        const doc = JSON.parse(JSON.stringify(el.value));
        doc.body.areas.delegations = {
          answer: "content",
          facts: {
            delegations: Array.from({ length: n as number }, (_, i) => ({
              direction: i % 2 ? "inbound" : "outbound",
              name: `Đoàn công tác số ${i + 1}`,
              countries: ["Lào"],
              members: 3,
              days: 2,
              from: "2026-03-02",
              to: "2026-03-03",
            })),
          },
        };
        el.value = doc;
        await el.updateComplete;
      },
      [REPORT, N] as const,
    );
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    const form = page.locator(REPORT);
    // "Thêm …" at once, before the last rows have had time to render.
    await form
      .getByRole("button", { name: /^Thêm (danh sách )?đoàn/i })
      .first()
      .click();
    const key = `body.areas.delegations.facts.delegations.${N}.name`;
    const input = form.locator(`[data-p="${key}"]`);
    // A screen reader hears which row was added (the form's polite live region, after the paint).
    await expect
      .poll(() => form.locator('[data-live="form"]').textContent())
      .toBe(`Đã thêm đoàn thứ ${N + 1}.`);
    await input.fill("Đoàn mới");
    // Every row, in the order of the list, then the new one, all before the button (Tab order).
    const rows = () =>
      page.evaluate((sel) => {
        const root = document.querySelector(sel)!.shadowRoot!;
        const add = [...root.querySelectorAll<HTMLButtonElement>('button[data-a="add"]')].find((b) =>
          /\.delegations$/.test(b.dataset.p ?? ""),
        )!;
        const list = add.closest("fieldset")!.querySelector("ol.rows")!;
        return [...list.children].map((li) => ({
          summary: li.querySelector(".row-summary")?.textContent?.replace(/^: /, "") ?? "",
          before: !!(li.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING),
        }));
      }, REPORT);
    await expect.poll(async () => (await rows()).length).toBe(N + 1);
    const all = await rows();
    expect(all.slice(0, N).map((r) => r.summary)).toEqual(Array.from({ length: N }, (_, i) => name(i)));
    expect(all.every((r) => r.before)).toBe(true);
    expect(await input.inputValue()).toBe("Đoàn mới");
    const { submitted } = await values(page);
    const list = submitted.body.areas.delegations?.facts?.delegations as unknown as { name?: string }[];
    expect(list.map((d) => d.name)).toEqual([...Array.from({ length: N }, (_, i) => name(i)), "Đoàn mới"]);
    expect(browser.problems).toEqual([]);
  });
});

describe("rows moved or removed", () => {
  it("a field typed into after a move or a removal writes into the row it shows", async () => {
    await page.evaluate(async (sel) => {
      const el = document.querySelector(sel) as HTMLElement & {
        value: { body: { areas: Record<string, unknown> } };
        updateComplete: Promise<unknown>;
      };
      const doc = JSON.parse(JSON.stringify(el.value));
      doc.body.areas.delegations = {
        answer: "content",
        facts: { delegations: ["A", "B", "C"].map((name) => ({ direction: "outbound", name })) },
      };
      el.value = doc;
      await el.updateComplete;
    }, REPORT);
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    const form = page.locator(REPORT);
    const names = async () => {
      const { submitted } = await values(page);
      const list = (submitted.body.areas.delegations?.facts?.delegations ?? []) as unknown[];
      return (list as { name?: string }[]).map((d) => d.name);
    };
    /** The name inputs as shown, top to bottom: their value and the path they write to. */
    const shownNames = () =>
      form
        .locator('[data-p$=".name"]')
        .evaluateAll((is) =>
          is.map((i) => `${(i as HTMLTextAreaElement).dataset.p}=${(i as HTMLTextAreaElement).value}`),
        );
    const key = "body.areas.delegations.facts.delegations";
    // Row 2 up: B, A, C; then type into the row shown first.
    await form.locator('button[data-a="up"]').first().click();
    await expect.poll(names).toEqual(["B", "A", "C"]);
    expect(await shownNames()).toEqual([`${key}.0.name=B`, `${key}.1.name=A`, `${key}.2.name=C`]);
    await form.locator('[data-p$=".name"]').first().click();
    await page.keyboard.press("End");
    await page.keyboard.type("x");
    expect(await names()).toEqual(["Bx", "A", "C"]);
    // The first row removed: A, C; type into the row shown first (A).
    await form.locator('button[data-a="remove"]').first().click();
    await expect.poll(names).toEqual(["A", "C"]);
    expect(await shownNames()).toEqual([`${key}.0.name=A`, `${key}.1.name=C`]);
    await form.locator('[data-p$=".name"]').first().click();
    await page.keyboard.press("End");
    await page.keyboard.type("y");
    expect(await names()).toEqual(["Ay", "C"]);
    expect(browser.problems).toEqual([]);
  });
});

describe("choices clicked one after another", () => {
  it("keeps every click on “Có nội dung” made before the form has validated the one before", async () => {
    await openSection(page, REPORT, /^Đánh giá$/);
    const form = page.locator(REPORT);
    const boxes = form.getByLabel("Có nội dung");
    const n = await boxes.count();
    expect(n).toBeGreaterThanOrEqual(3);
    // Bottom to top, so that a part opening below never moves the next box; no pause between.
    for (let i = n - 1; i >= 0; i--) await boxes.nth(i).click();
    const state = await boxes.evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).checked));
    expect(state).toEqual(Array(n).fill(true));
    const { value, submitted } = await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { value: { body: { assessment?: object } } };
      const entry = new FormData(el.closest("form")!).get("document");
      return {
        value: el.value.body.assessment ?? {},
        submitted: (JSON.parse(String(entry)) as { body: { assessment?: object } }).body.assessment ?? {},
      };
    }, REPORT);
    for (const parts of [value, submitted]) {
      const answers = Object.values(parts as Record<string, { answer?: string }>).map((p) => p.answer);
      expect(answers).toEqual(Array(n).fill("content"));
    }
    expect(browser.problems).toEqual([]);
  });
});
