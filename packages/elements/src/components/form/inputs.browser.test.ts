/**
 * The inputs as a clerk types into them, in an English browser (en-US: the date pickers of such a
 * browser show mm/dd/yyyy; the form must not): limits that never cut silently, dates typed day
 * first, amounts grouped as typed with the currency chosen from a list, countries offered by name.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  axe,
  type Browser,
  freshPortalPage,
  launch,
  openSection,
  type Server,
  startServer,
} from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";

beforeAll(async () => {
  server = await startServer();
  browser = await launch({ locale: "en-US" });
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: server.url.replace(/\/$/, ""),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await freshPortalPage(browser, server, REPORT);
  return () => page.close();
});

const form = () => page.locator(REPORT);
const value = () =>
  page.evaluate((sel) => {
    const entry = new FormData(document.querySelector(sel)!.closest("form")!).get("document");
    return JSON.parse(String(entry));
  }, REPORT);

/** The value at a field's path (`data-p`: keys and row indexes joined by dots). */
async function valueAt(key: string | null): Promise<unknown> {
  let v: unknown = await value();
  for (const k of key!.split(".")) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** A real paste (Ctrl+V) of `text` into the focused field. */
async function paste(text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

describe("limits: maxlength from the model, a counter near it, nothing cut silently", () => {
  it("a one-line field takes 500 characters; a longer paste is refused whole, with a message", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const place = form().getByLabel("Địa danh", { exact: true });
    expect(await place.getAttribute("maxlength")).toBe("500");
    await place.click();
    await paste("x".repeat(1_000_000));
    // Nothing entered, nothing cut: the message says what happened and the text is on the clipboard.
    expect(await place.inputValue()).toBe("");
    const note = form().locator("#f-frame\\.place-note");
    await expect.poll(() => note.textContent()).toMatch(/^Chưa dán: đoạn văn bản dài 1\.000\.000 ký tự/);
    expect(await note.isVisible()).toBe(true);
    // A paste that fits goes in whole, and the counter shows near the limit.
    await paste("Lạng Sơn ".repeat(50));
    expect(await place.inputValue()).toBe("Lạng Sơn ".repeat(50));
    expect(await note.isVisible()).toBe(false);
    await expect.poll(() => form().locator("#f-frame\\.place-count").textContent()).toBe("450/500 ký tự");
    // 50 left: a paste of 60 is refused (the 450 stay), a key at the limit says so.
    await paste("y".repeat(60));
    expect(await place.inputValue()).toHaveLength(450);
    await expect.poll(() => note.textContent()).toMatch(/còn chỗ cho 50 ký tự \(tối đa 500\)/);
    await paste("z".repeat(50));
    await page.keyboard.type("!");
    expect(await place.inputValue()).toBe(`${"Lạng Sơn ".repeat(50)}${"z".repeat(50)}`);
    await expect.poll(() => note.textContent()).toBe("Đã đủ 500 ký tự, không nhập thêm được.");
    // Screen readers hear the count after a pause, once (a polite live region).
    await expect
      .poll(() => form().locator('[data-live="input"]').textContent(), { timeout: 3000 })
      .toBe("Đã đủ 500 ký tự, không nhập thêm được.");
    expect((await value()).frame.place).toHaveLength(500);
    expect(browser.problems).toEqual([]);
  });

  it("a narrative refuses a paragraph longer than a paragraph's limit, and keeps what it had", async () => {
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    await form().getByLabel("Có nội dung").first().check();
    const narrative = form().locator('textarea[data-k="narrative"]').first();
    await narrative.click();
    await page.keyboard.type("Trong kỳ, đơn vị đón 03 đoàn.");
    await page.keyboard.press("Enter");
    await paste("a".repeat(10_001));
    expect(await narrative.inputValue()).toBe("Trong kỳ, đơn vị đón 03 đoàn.\n");
    const id = await narrative.getAttribute("id");
    await expect
      .poll(() =>
        form()
          .locator(`#${id!.replace(/\./g, "\\.")}-note`)
          .textContent(),
      )
      .toMatch(/có đoạn dài 10\.001 ký tự, mỗi đoạn tối đa 10\.000 ký tự/);
    // Many paragraphs within their limit go in whole.
    const paras = Array.from({ length: 200 }, (_, i) => `Đoạn ${i + 1}: ${"nội dung ".repeat(20)}`.trim());
    await paste(paras.join("\n"));
    await expect.poll(async () => (await value()).body.areas.delegations.narrative).toHaveLength(201);
    expect(browser.problems).toEqual([]);
  });
});

describe("fields sized by the form, never by what is typed", () => {
  it("a text area grows with its lines (its rows), a line field keeps its height, and all of it shows", async () => {
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    await form().getByLabel("Có nội dung").first().check();
    const narrative = form().locator('textarea[data-k="narrative"]').first();
    await narrative.click();
    const size = () =>
      narrative.evaluate((el: HTMLTextAreaElement) => ({
        rows: el.rows,
        height: el.offsetHeight,
        line: Number.parseFloat(getComputedStyle(el).lineHeight),
        clipped: el.scrollHeight > el.clientHeight,
      }));
    const before = await size();
    for (let i = 1; i <= 7; i++) {
      await page.keyboard.type(`Dòng ${i} của đoạn mở đầu.`);
      if (i < 7) await page.keyboard.press("Shift+Enter");
    }
    // The form gives it the rows its text needs (after the keystrokes' paint) and CSS its height.
    // Seven lines and one to type in: 8 rows (an earlier render, mid-typing, has fewer).
    await expect.poll(async () => (await size()).rows).toBe(8);
    const after = await size();
    // As tall as its rows (the border and padding: 16 px), the lines all in view.
    expect(after.height).toBe(Math.max(before.height, after.rows * after.line + 16));
    expect(after.height).toBeGreaterThan(before.height);
    expect(after.clipped).toBe(false);
    // A one-line field is as tall as its line needs, typed into or not.
    const place = form().locator('input[data-k="text"]').first();
    const h0 = await place.evaluate((el: HTMLInputElement) => el.offsetHeight);
    await place.fill("Ủy ban nhân dân xã Tây Yên Tử, tỉnh Bắc Ninh");
    expect(
      await place.evaluate((el: HTMLInputElement) => [el.offsetHeight, el.scrollHeight <= el.clientHeight]),
    ).toEqual([h0, true]);
    expect(h0).toBeGreaterThanOrEqual(44);
    expect(browser.problems).toEqual([]);
  });

  it("pressing a button shows at once, before it is released; hover and press change colours only", async () => {
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    await form().getByLabel("Có nội dung").first().check();
    // A button as it looks at rest, under the pointer and pressed: colours only, never a filter
    // (a filter coming or going costs a layout of the page each time the pointer comes or goes).
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, filter: s.filter };
    };
    const states = async (button: ReturnType<typeof form>, release = true) => {
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      await page.mouse.move(0, 0);
      const still = await button.evaluate(look);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hovered = await button.evaluate(look);
      await page.mouse.down();
      const pressed = await button.evaluate(look);
      if (release) await page.mouse.up();
      return { still, hovered, pressed };
    };
    const transparent = "rgba(0, 0, 0, 0)";

    // "Thêm …" (secondary): a tint under the pointer, a darker one pressed; the press shows
    // before the release, which adds the row.
    const add = form().locator('button[data-a="add"]').filter({ hasText: /đoàn/i }).first();
    const rows = form().locator("li.row");
    const before = await rows.count();
    const secondary = await states(add, false);
    expect(secondary.hovered.background).not.toBe(secondary.still.background);
    expect(secondary.pressed.background).not.toBe(secondary.hovered.background);
    await page.mouse.up();
    await expect.poll(() => rows.count()).toBe(before + 1);

    // "Lưu và tiếp tục" (primary): darker under the pointer and pressed, never transparent.
    const next = form().getByRole("button", { name: "Lưu và tiếp tục" }).first();
    const primary = await states(next, false);
    expect(primary.hovered.background).not.toBe(primary.still.background);
    expect(primary.pressed.background).not.toBe(primary.hovered.background);
    expect([primary.hovered.background, primary.pressed.background]).not.toContain(transparent);
    await page.mouse.move(0, 0);
    await page.mouse.up();

    // A link button ("Bỏ bản nháp" when a draft was restored): its text darkens, no background.
    await form().evaluate((el) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "button button--link";
      b.id = "link-probe";
      b.textContent = "Bỏ bản nháp";
      el.shadowRoot!.querySelector(".main")!.prepend(b);
    });
    const link = await states(form().locator("#link-probe"));
    expect(link.hovered.color).not.toBe(link.still.color);
    expect([link.still.background, link.hovered.background, link.pressed.background]).toEqual([
      transparent,
      transparent,
      transparent,
    ]);
    await form().evaluate((el) => el.shadowRoot!.getElementById("link-probe")!.remove());

    for (const b of [secondary, primary, link])
      expect([b.still.filter, b.hovered.filter, b.pressed.filter]).toEqual(["none", "none", "none"]);
    expect(browser.problems).toEqual([]);
  });
});

describe("dates typed day first, whatever the browser's language", () => {
  it("“15/06/2026” is read as 2026-06-15 and shown back day first; month/year where a day may be blank", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const date = form().getByLabel("Ngày ban hành (không bắt buộc)");
    expect(await date.getAttribute("type")).toBe("text");
    await date.fill("15/06/2026");
    expect((await value()).frame.date).toBe("2026-06-15");
    await date.fill("6/2026");
    expect((await value()).frame.date).toBe("2026-06");
    // A date it cannot read stays as typed, with a message in day-first terms.
    await date.fill("15/13/20");
    await date.blur();
    await expect
      .poll(() => form().locator("#f-frame\\.date-error").textContent())
      .toMatch(/ngày\/tháng\/năm \(15\/06\/2026\), hoặc tháng\/năm \(06\/2026\)/);
    expect(await date.inputValue()).toBe("15/13/20");
    // A value given by the host is shown day first.
    await page.evaluate(async (sel) => {
      const el = document.querySelector(sel) as HTMLElement & {
        value: Record<string, Record<string, unknown>>;
      };
      const v = structuredClone(el.value ?? {});
      el.value = { ...v, frame: { ...v.frame, date: "2026-01-05" } } as typeof el.value;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }, REPORT);
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    expect(await form().getByLabel("Ngày ban hành (không bắt buộc)").inputValue()).toBe("05/01/2026");
  });

  it("the picker beside a date writes the day picked, day first", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    // The browser's date input is made when the button is pressed (the picker opens from it).
    expect(await form().locator('[data-pick-for="f-frame.date"]').count()).toBe(0);
    await form()
      .getByRole("button", { name: /^Chọn ngày: Ngày ban hành/ })
      .click();
    const picker = form().locator('[data-pick-for="f-frame.date"]');
    await picker.evaluate((el: HTMLInputElement) => {
      el.value = "2026-06-15";
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(await form().getByLabel("Ngày ban hành (không bắt buộc)").inputValue()).toBe("15/06/2026");
    expect((await value()).frame.date).toBe("2026-06-15");
    expect(
      await form()
        .getByRole("button", { name: /^Chọn ngày: Ngày ban hành/ })
        .count(),
    ).toBe(1);
  });
});

describe("amounts, currencies and countries", () => {
  async function openAidProject(): Promise<void> {
    await openSection(page, REPORT, /viện trợ phi chính phủ nước ngoài/i);
    await form().getByLabel("Có nội dung").first().check();
    await form()
      .getByRole("button", { name: /^Thêm .*(dự án|viện trợ)/i })
      .first()
      .click();
  }

  it("a decimal typed with a dot key by key (12.5, 0.75) stays a decimal, never 125", async () => {
    await page.click('button[data-load="mau-bao-cao"]:not([data-next])'); // "Điền thử"
    await openSection(page, REPORT, /^Ngoại giao kinh tế$/);
    const key = "body.areas.economic-diplomacy.facts.exportImport.change.percent";
    const percent = form().locator(`input[data-p="${key}"]`);
    for (const [keys, n] of [
      ["12.5", 12.5],
      ["0.75", 0.75],
      ["12,5", 12.5],
    ] as const) {
      await percent.fill("");
      await percent.click();
      const shown: string[] = [];
      for (const k of keys) {
        await page.keyboard.type(k);
        shown.push(await percent.inputValue());
      }
      // Every key stays where it was typed, the dot too.
      expect(shown).toEqual([...keys].map((_, i) => keys.slice(0, i + 1)));
      await page.keyboard.press("Tab");
      expect(await valueAt(key)).toBe(n);
    }
  });

  it("an amount is grouped as it is typed, held as a number, and read in words; VND comes first", async () => {
    await openAidProject();
    const amount = form().locator('input[data-p$=".committed.amount"]').first();
    const currency = form().locator('select[data-p$=".committed.currency"]').first();
    // The 160 currencies come after the section's first paint, or once the select takes the focus:
    // before it can open, she sees the whole list.
    await currency.focus();
    expect(
      await currency
        .locator("option")
        .evaluateAll((os) => os.slice(1, 4).map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(["VND", "USD", "EUR"]);
    await currency.selectOption("VND");
    await amount.click();
    await page.keyboard.type("1250000000");
    expect(await amount.inputValue()).toBe("1.250.000.000");
    const key = (await amount.getAttribute("data-p"))!.replace(/\.amount$/, "");
    expect(await valueAt(key)).toEqual({ amount: 1_250_000_000, currency: "VND" });
    await expect
      .poll(() => form().locator(".in-words").first().textContent())
      .toBe("Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng");
  });

  it("a country field offers Vietnamese names and keeps a name typed outside the list", async () => {
    await openAidProject();
    const country = form().locator('input[data-p$=".donorCountry"]').first();
    expect(await country.getAttribute("list")).toBe("doingoai-countries");
    // The options arrive after the section's first paint.
    const options = form().locator("#doingoai-countries option");
    await expect.poll(() => options.count()).toBeGreaterThan(200);
    const names = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(names.slice(0, 3)).toEqual(["Trung Quốc", "Lào", "Campuchia"]);
    expect(names).toContain("Hàn Quốc");
    expect(names).toContain("Xinh-ga-po");
    await country.fill("Xứ Wales");
    expect(await valueAt(await country.getAttribute("data-p"))).toBe("Xứ Wales");
    expect(await axe(page, REPORT)).toEqual([]);
  });
});
