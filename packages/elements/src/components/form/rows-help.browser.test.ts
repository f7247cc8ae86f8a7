/**
 * Help with an area's rows, in the portal's report form: a table pasted from Excel or Word fills
 * as many rows (values read the Vietnamese way; what cannot be read is kept and named), Word's
 * bullets are taken off pasted text, the fields that matter come first with the rest behind
 * "Thêm chi tiết" (which opens by itself over a value or an error), and the totals the rows give
 * are offered, never written by themselves.
 */
import type { Locator, Page } from "playwright-core";
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
const DELEGATIONS = "body.areas.delegations.facts.delegations";

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
});

type Row = Record<string, unknown>;

const valueAt = (p: Page, path: string) => formValueAt(p, REPORT, path);

/** Paste into the field `id` of the form as the browser does (a `paste` event with the clipboard's data). */
async function paste(p: Page, id: string, data: Record<string, string>): Promise<void> {
  await p.evaluate(
    ([sel, fieldId, d]) => {
      const root = document.querySelector(sel as string)!.shadowRoot!;
      const el = root.getElementById(fieldId as string) as HTMLInputElement;
      el.focus();
      const dt = new DataTransfer();
      for (const [type, text] of Object.entries(d as Record<string, string>)) dt.setData(type, text);
      const e = new ClipboardEvent("paste", {
        clipboardData: dt,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      // What the browser does when nothing took the paste: insert the text.
      if (el.dispatchEvent(e)) {
        el.setRangeText(dt.getData("text/plain"), el.selectionStart ?? 0, el.selectionEnd ?? 0, "end");
        el.dispatchEvent(
          new InputEvent("input", { bubbles: true, composed: true, inputType: "insertFromPaste" }),
        );
      }
    },
    [REPORT, id, data] as const,
  );
}

/** The delegations area answered "Có nội dung", with one row added. */
async function delegationsWithOneRow(p: Page): Promise<Locator> {
  await openSection(p, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
  const form = p.locator(REPORT);
  await form.getByLabel("Có nội dung").first().check();
  await form
    .getByRole("button", { name: /^Thêm (danh sách )?đoàn/i })
    .first()
    .click();
  return form;
}

const liveText = (form: Locator) => form.locator('[aria-live="polite"]').allTextContents();

describe("a table pasted into a row", () => {
  it("Excel (tab-separated): one row each, dates, numbers and countries read the Vietnamese way", async () => {
    const form = await delegationsWithOneRow(page);
    await form.locator(`[id="f-${DELEGATIONS}.0.direction"]`).selectOption("outbound");
    // Columns as the row shows them: name, countries, members, days, from, to.
    const tsv = [
      "Đoàn công tác của UBND tỉnh\tTrung Quốc\t12\t6\t15/06/2026\t20/06/2026",
      "Đoàn xúc tiến đầu tư\tNhật Bản; Hàn Quốc\t1.250\t5\t01/07/2026\t05/07/2026",
      "Đoàn học tập kinh nghiệm\tLaos\tmười\t4\t31/02/2026\t03/08/2026",
    ].join("\r\n");
    await paste(page, `f-${DELEGATIONS}.0.name`, { "text/plain": tsv });
    await expect.poll(() => valueAt(page, DELEGATIONS).then((v) => (v as Row[]).length)).toBe(3);
    const rows = (await valueAt(page, DELEGATIONS)) as Row[];
    expect(rows[0]).toMatchObject({
      direction: "outbound",
      name: "Đoàn công tác của UBND tỉnh",
      countries: ["Trung Quốc"],
      from: "2026-06-15",
      to: "2026-06-20",
      members: 12,
      days: 6,
    });
    // New rows take the direction chosen in the row pasted into; "1.250" is a thousand two hundred fifty.
    expect(rows[1]).toMatchObject({
      direction: "outbound",
      countries: ["Nhật Bản", "Hàn Quốc"],
      members: 1250,
    });
    // "Laos" is written as the list of countries names it; what cannot be read is kept as typed.
    expect(rows[2]).toMatchObject({
      countries: ["Lào"],
      from: "31/02/2026",
      members: "mười",
      to: "2026-08-03",
    });
    // Shown as typed, and named under the field pasted into and in the live region.
    await expect.poll(() => form.locator(`[id="f-${DELEGATIONS}.2.members"]`).inputValue()).toBe("mười");
    const note = form.locator(`[id="f-${DELEGATIONS}.0.name-note"]`);
    await expect.poll(() => note.textContent()).toMatch(/^Đã dán 3 dòng\. 2 ô chưa đọc được/);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("«31/02/2026»");
    expect(await note.textContent()).toContain("«mười»");
    await expect.poll(() => liveText(form)).toContainEqual(expect.stringMatching(/^Đã dán 3 dòng/));
    expect(browser.problems).toEqual([]);
  });

  it("Word (an HTML table): the cells fill the rows, bullets in cells are taken off", async () => {
    await openSection(page, REPORT, /^Vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài$/);
    const form = page.locator(REPORT);
    await form.getByLabel("Có nội dung").first().check();
    await form
      .getByRole("button", { name: /^Thêm .*dự án/i })
      .first()
      .click();
    const key = "body.areas.ngo-aid.facts.projects";
    const html = `<html><body><table>
      <tr><td><p>• Tổ chức Tầm nhìn Thế giới</p></td><td>Hoa Kỳ</td><td>Nước sạch cho trường học</td></tr>
      <tr><td>Quỹ Nhi đồng</td><td>Australia</td><td>Phòng học<br>mầm non</td></tr>
    </table></body></html>`;
    await paste(page, `f-${key}.0.donor`, {
      "text/html": html,
      "text/plain": "ignored when there is a table",
    });
    await expect.poll(() => valueAt(page, key).then((v) => (v as Row[]).length)).toBe(2);
    const rows = (await valueAt(page, key)) as Row[];
    expect(rows[0]).toMatchObject({
      donor: "Tổ chức Tầm nhìn Thế giới",
      donorCountry: "Hoa Kỳ",
      title: "Nước sạch cho trường học",
    });
    expect(rows[1]).toMatchObject({ donor: "Quỹ Nhi đồng", donorCountry: "Ô-xtrây-li-a" });
    await expect.poll(() => liveText(form)).toContainEqual("Đã dán 2 dòng.");
  });

  it("Word bullets are taken off a paste into a text field; a plain sentence is left alone", async () => {
    const form = await delegationsWithOneRow(page);
    await paste(page, `f-${DELEGATIONS}.0.name`, { "text/plain": "•\tĐoàn công tác tại Lào" });
    await expect.poll(() => valueAt(page, `${DELEGATIONS}.0.name`)).toBe("Đoàn công tác tại Lào");
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.name"]`).inputValue()).toBe("Đoàn công tác tại Lào");
    await form.locator(`[id="f-${DELEGATIONS}.0.name"]`).fill("");
    await paste(page, `f-${DELEGATIONS}.0.name`, { "text/plain": "1. Đoàn thứ nhất" });
    await expect.poll(() => valueAt(page, `${DELEGATIONS}.0.name`)).toBe("1. Đoàn thứ nhất");
  });
});

describe("“Thêm chi tiết”", () => {
  it("the main fields first, the rest behind a closed disclosure that opens by itself over an error", async () => {
    const form = await delegationsWithOneRow(page);
    const details = form.locator(`li:has([id="f-${DELEGATIONS}.0.name"]) details.more`);
    expect(await details.count()).toBe(1);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The main fields are seen, the details are not.
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.members"]`).isVisible()).toBe(true);
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.headRank"]`).isVisible()).toBe(false);
    // The area's own details (indicators, previous totals) too: its rows and totals come first.
    const areaDetails = form.locator("details.more").last();
    expect(await form.locator('[id="g-body.areas.delegations.facts.previousTotals"]').isVisible()).toBe(
      false,
    );
    // By keyboard: the summary takes focus and opens with Enter.
    await form.locator(`li:has([id="f-${DELEGATIONS}.0.name"]) summary`).focus();
    await page.keyboard.press("Enter");
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.headRank"]`).isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.headRank"]`).isVisible()).toBe(false);
    // An error in a hidden field: "Lưu và tiếp tục" shows it, and its disclosure opens.
    await page.evaluate(
      ([sel, key]) => {
        const el = document.querySelector(sel!) as HTMLElement & { value: Row };
        const doc = structuredClone(el.value) as {
          body: { areas: { delegations: { facts: { delegations: Row[] } } } };
        };
        doc.body.areas.delegations.facts.delegations[0]!.headRank = "x".repeat(400);
        el.value = doc as unknown as Row;
        void key;
      },
      [REPORT, DELEGATIONS] as const,
    );
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect.poll(() => form.locator(`[id="f-${DELEGATIONS}.0.headRank"]`).isVisible()).toBe(true);
    expect(await areaDetails.count()).toBe(1);
  });

  it("a value behind it is never hidden: the disclosure holding it is open", async () => {
    const form = page.locator(REPORT);
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { value: Row };
      const doc = structuredClone(el.value) as { body: Row };
      doc.body.areas = {
        delegations: {
          answer: "content",
          facts: { delegations: [{ direction: "inbound", name: "Đoàn A", funding: "Ngân sách tỉnh" }] },
        },
      };
      el.value = doc as unknown as Row;
    }, REPORT);
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.funding"]`).inputValue()).toBe("Ngân sách tỉnh");
    expect(await form.locator(`[id="f-${DELEGATIONS}.0.funding"]`).isVisible()).toBe(true);
  });
});

describe("totals offered from the rows", () => {
  it("offers the count of the rows when the total is empty or differs, and writes it only when asked", async () => {
    const form = await delegationsWithOneRow(page);
    await form.locator(`[id="f-${DELEGATIONS}.0.direction"]`).selectOption("outbound");
    await paste(page, `f-${DELEGATIONS}.0.name`, {
      "text/plain": "Đoàn A\tLào\t3\nĐoàn B\tLào\t4\nĐoàn C\tLào\t5",
    });
    const total = "body.areas.delegations.facts.totals.outbound.delegations.value";
    const offer = form.locator("p.offer", { hasText: "Đoàn ra – Số đoàn" });
    await expect.poll(() => offer.textContent()).toMatch(/tổng theo các dòng là 3\./);
    // Offered, not written.
    expect(await valueAt(page, total)).toBe(null);
    // The offers, a row's details opened and the paste's message: 0 axe violations.
    await form.locator(`li:has([id="f-${DELEGATIONS}.0.name"]) summary`).click();
    expect(await axe(page, REPORT)).toEqual([]);
    const persons = form.locator("p.offer", { hasText: "Đoàn ra – Số lượt người" });
    expect(await persons.textContent()).toMatch(/là 12\./);
    // A different stated total: still offered, the stated figure is kept until the clerk chooses.
    const input = form.locator(`[id="f-${total}"]`);
    await input.fill("2");
    await input.blur();
    await expect.poll(() => valueAt(page, total)).toBe(2);
    expect(await offer.count()).toBe(1);
    await offer.getByRole("button", { name: /^Dùng số này/ }).click();
    await expect.poll(() => valueAt(page, total)).toBe(3);
    expect(await input.inputValue()).toBe("3");
    await expect.poll(() => offer.count()).toBe(0); // the render after typing comes after the paint
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe(
      `f-${total}`,
    );
    expect(browser.problems).toEqual([]);
  });
});
