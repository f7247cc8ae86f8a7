/**
 * Indicators offered from the rows, in the portal's report form: conferences typed as rows, an
 * indicator "Hội nghị, hội thảo quốc tế được tổ chức" chosen, its count offered from the rows
 * beside that count, in its own row ("tổng theo các dòng là 2 — Dùng số này") and written only when asked, into what the host form
 * submits; offered again when the rows change, and used also with the indicator's row closed;
 * never from a few notable aid rows.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  axe,
  type Browser,
  formValueAt,
  openSection,
  usePortalPage,
} from "../../../../../tests/browser/helpers";

let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const FACTS = "body.areas.international-conferences.facts";

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
});

type Row = Record<string, unknown>;

const valueAt = (path: string) => formValueAt(page, REPORT, path);

/** The value at `path` of the document as the host form submits it (its FormData). */
const submittedAt = (path: string) =>
  page.evaluate(
    ([sel, key]) => {
      const el = document.querySelector(sel!) as HTMLElement;
      let cur: unknown = JSON.parse(String(new FormData(el.closest("form")!).get("document")));
      for (const k of key!.split(".")) cur = cur && typeof cur === "object" ? (cur as Row)[k] : undefined;
      return cur ?? null;
    },
    [REPORT, path] as const,
  );

describe("an indicator offered its count from the rows of its area", () => {
  it("conferences held: offered when empty or different, written into the count only when asked", async () => {
    await openSection(page, REPORT, /^Tổ chức và quản lý hội nghị, hội thảo quốc tế$/);
    const form = page.locator(REPORT);
    await form.getByLabel("Có nội dung").first().check();
    const addConference = form.locator(`[id="add-${FACTS}.conferences"]`);
    for (const [i, title] of [
      "Hội thảo quốc tế về du lịch cộng đồng",
      "Hội nghị xúc tiến đầu tư",
    ].entries()) {
      await addConference.click();
      await form.locator(`[id="f-${FACTS}.conferences.${i}.title"]`).fill(title);
    }
    // The indicators are behind "Thêm chi tiết" (the area's rows come first).
    await form.locator(`details:has(summary) > summary`, { hasText: "Thêm chi tiết" }).last().click();
    await form.locator(`[id="add-${FACTS}.indicators"]`).click();
    await form
      .locator(`[id="f-${FACTS}.indicators.0.key"]`)
      .selectOption({ label: "Hội nghị, hội thảo quốc tế được tổ chức" });
    const offer = form.locator("p.offer", { hasText: "Hội nghị, hội thảo quốc tế được tổ chức" });
    await expect
      .poll(() => offer.textContent())
      .toMatch(/Chỉ tiêu thứ 1 – Hội nghị, hội thảo quốc tế được tổ chức: tổng theo các dòng là 2\./);
    // Beside its own count: in the indicator's row, right after the count's field.
    const row0 = form.locator(`[id="g-${FACTS}.indicators.0"]`);
    await expect.poll(() => row0.locator("p.offer").count()).toBe(1);
    expect(
      await row0.evaluate((el, id) => {
        const offer = el.querySelector("p.offer");
        const count = el.querySelector(`[id="${id}"]`);
        // The count's field (a group of value and qualifier): its outermost box in the row.
        let box = count;
        while (box && box.parentElement !== offer?.parentElement) box = box.parentElement;
        return box !== null && offer?.previousElementSibling === box;
      }, `f-${FACTS}.indicators.0.count.value`),
    ).toBe(true);
    // Offered, not written.
    expect(await valueAt(`${FACTS}.indicators.0.count.value`)).toBe(null);
    expect(await axe(page, REPORT)).toEqual([]);
    const use = offer.getByRole("button", {
      name: "Dùng số này (Chỉ tiêu thứ 1 – Hội nghị, hội thảo quốc tế được tổ chức)",
    });
    await use.click();
    await expect.poll(() => valueAt(`${FACTS}.indicators.0.count.value`)).toBe(2);
    const count = form.locator(`[id="f-${FACTS}.indicators.0.count.value"]`);
    expect(await count.inputValue()).toBe("2");
    // The count keeps the focus "Dùng số này" gave it once the offer is gone (its field is the
    // same element: not built again when the offer goes).
    await expect.poll(() => offer.count()).toBe(0);
    const focused = () => count.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    expect(await focused()).toBe(true);
    // Typed into, the count stays the same field while the offer comes back and goes again.
    await page.keyboard.press("Backspace");
    await expect.poll(() => offer.count()).toBe(1);
    await page.keyboard.type("2");
    await expect.poll(() => offer.count()).toBe(0);
    expect(await focused()).toBe(true);
    expect(await count.inputValue()).toBe("2");
    expect(await submittedAt(`${FACTS}.indicators.0`)).toEqual({
      key: "conferencesHeld",
      count: { value: 2 },
    });
    await expect.poll(() => offer.count()).toBe(0);
    // A third conference: the rows now give 3, the stated 2 is kept and 3 offered.
    await addConference.click();
    await form.locator(`[id="f-${FACTS}.conferences.2.title"]`).fill("Hội thảo về biên giới");
    await expect.poll(() => offer.textContent()).toMatch(/tổng theo các dòng là 3\./);
    expect(await submittedAt(`${FACTS}.indicators.0.count.value`)).toBe(2);
    // The indicator's row closed (its count not rendered): the figure still goes into the document.
    await form
      .locator(`[id="g-${FACTS}.indicators.0"]`)
      .getByRole("button", { name: /^Thu gọn/ })
      .click();
    await expect.poll(() => count.count()).toBe(0);
    // Shown under the closed row's title, still in its row.
    await expect.poll(() => row0.locator("p.offer").textContent()).toMatch(/tổng theo các dòng là 3\./);
    await use.click();
    await expect.poll(() => submittedAt(`${FACTS}.indicators.0.count.value`)).toBe(3);
    await expect.poll(() => offer.count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it("aid projects: never from a list of a few notable rows", async () => {
    const aid = "body.areas.ngo-aid.facts";
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { value: Row };
      const doc = structuredClone(el.value) as { body: Row };
      doc.body.areas = {
        "ngo-aid": {
          answer: "content",
          facts: {
            listing: "notable",
            projects: [
              { donor: "Tổ chức A", title: "Nước sạch", kind: "project" },
              { donor: "Quỹ B", title: "Trường học", kind: "project" },
            ],
            indicators: [
              { label: "Lượt chuyên gia nước ngoài", count: { value: 4 } },
              { key: "aidProjects", count: { value: 15 } },
            ],
          },
        },
      };
      el.value = doc as unknown as Row;
    }, REPORT);
    await openSection(page, REPORT, /^Vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài$/);
    const form = page.locator(REPORT);
    await expect.poll(() => form.locator(`[id="f-${aid}.indicators.1.count.value"]`).count()).toBe(1);
    // (The area's own totals may be offered too: only the indicators' offers count here.)
    const offer = form.locator("p.offer", { hasText: "Chỉ tiêu thứ" });
    expect(await offer.count()).toBe(0);
    // The clerk says the rows are all of them: the rows' figure is offered, in the second
    // indicator's row (the known one), none in the first (a free label).
    await form.locator(`[id="f-${aid}.listing"]`).selectOption("all");
    const second = form.locator(`[id="g-${aid}.indicators.1"]`).locator("p.offer");
    await expect.poll(() => second.textContent()).toMatch(/^\s*Chỉ tiêu thứ 2 – .*tổng theo các dòng là 2\./);
    expect(await form.locator(`[id="g-${aid}.indicators.0"]`).locator("p.offer").count()).toBe(0);
    expect(await offer.count()).toBe(1);
    expect(await valueAt(`${aid}.indicators.1.count.value`)).toBe(15);
    expect(browser.problems).toEqual([]);
  });
});
