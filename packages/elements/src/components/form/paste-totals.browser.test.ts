/**
 * In the portal's report form: a table pasted on a row's choice (a delegation's direction) fills
 * every column, choices and countries read from the words of the table, a country not in the list
 * kept in its field and named; the totals of days and of money offered from the rows; the
 * assessment section shows its own fields.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Browser, formValueAt, openSection, usePortalPage } from "../../../../../tests/browser/helpers";

let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const DELEGATIONS = "body.areas.delegations.facts.delegations";
const AID = "body.areas.ngo-aid.facts";

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
});

type Row = Record<string, unknown>;

const valueAt = (p: Page, path: string) => formValueAt(p, REPORT, path);

/** A paste on the field `id` as the browser sends it (a `paste` event with the clipboard's data). */
async function paste(p: Page, id: string, text: string): Promise<void> {
  await p.evaluate(
    ([sel, fieldId, t]) => {
      const el = document.querySelector(sel as string)!.shadowRoot!.getElementById(fieldId as string)!;
      el.focus();
      const dt = new DataTransfer();
      dt.setData("text/plain", t as string);
      el.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, composed: true, cancelable: true }),
      );
    },
    [REPORT, id, text] as const,
  );
}

/** An area answered "Có nội dung", with one row added by its button. */
async function areaWithOneRow(title: RegExp, add: RegExp) {
  await openSection(page, REPORT, title);
  const form = page.locator(REPORT);
  await form.getByLabel("Có nội dung").first().check();
  await form.getByRole("button", { name: add }).first().click();
  return form;
}

describe("a table pasted on a delegation's direction", () => {
  it("fills every column of three rows; a country not in the list is kept in its field and named", async () => {
    const form = await areaWithOneRow(/^Tổ chức và quản lý đoàn ra, đoàn vào$/, /^Thêm (danh sách )?đoàn/i);
    // Columns as a row shows them: direction, name, countries, members, days, from, to.
    const tsv = [
      "Đi\tĐoàn công tác của UBND tỉnh\tHàn Quốc\t5\t4\t15/06/2026\t18/06/2026",
      "Đến\tĐoàn tỉnh Hủa Phăn\tCHDCND Lào\t12\t3\t01/07/2026\t03/07/2026",
      "Đoàn ra\tĐoàn khảo sát\tXứ Wales; Mỹ\t3\t5\t02/08/2026\t06/08/2026",
    ].join("\r\n");
    await paste(page, `f-${DELEGATIONS}.0.direction`, tsv);
    await expect.poll(() => valueAt(page, DELEGATIONS).then((v) => (v as Row[]).length)).toBe(3);
    expect(await valueAt(page, DELEGATIONS)).toEqual([
      {
        direction: "outbound",
        name: "Đoàn công tác của UBND tỉnh",
        countries: ["Hàn Quốc"],
        members: 5,
        days: 4,
        from: "2026-06-15",
        to: "2026-06-18",
      },
      {
        direction: "inbound",
        name: "Đoàn tỉnh Hủa Phăn",
        countries: ["Lào"],
        members: 12,
        days: 3,
        from: "2026-07-01",
        to: "2026-07-03",
      },
      {
        direction: "outbound",
        name: "Đoàn khảo sát",
        countries: ["Xứ Wales", "Hoa Kỳ"],
        members: 3,
        days: 5,
        from: "2026-08-02",
        to: "2026-08-06",
      },
    ]);
    // What the inputs show is what the document holds.
    const shown = async (k: string) => form.locator(`[id="f-${DELEGATIONS}.${k}"]`).inputValue();
    await expect.poll(() => shown("1.direction")).toBe("inbound");
    expect(await shown("2.direction")).toBe("outbound");
    expect(await shown("1.name")).toBe("Đoàn tỉnh Hủa Phăn");
    expect(await shown("2.from")).toBe("02/08/2026");
    expect(await shown("2.countries.0")).toBe("Xứ Wales");
    expect(await shown("2.countries.1")).toBe("Hoa Kỳ");
    // The country not in the list is named, under the row pasted into and in the live region.
    const note = form.locator(`[id="f-${DELEGATIONS}.0.name-note"]`);
    await expect.poll(() => note.textContent()).toMatch(/^Đã dán 3 dòng\./);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("Đoàn thứ 3, cột Nước: «Xứ Wales» không có trong danh sách");
    // The days of the rows are offered for the stated totals, not written.
    const days = form.locator("p.offer", { hasText: "Đoàn ra – Số ngày" });
    await expect.poll(() => days.textContent()).toMatch(/tổng theo các dòng là 9\./);
    expect(await valueAt(page, "body.areas.delegations.facts.totals")).toBe(null);
    // One cell pasted on a choice chooses it (the browser itself pastes nothing into a <select>).
    await paste(page, `f-${DELEGATIONS}.0.direction`, "đoàn vào");
    await expect.poll(() => valueAt(page, `${DELEGATIONS}.0.direction`)).toBe("inbound");
    await expect.poll(() => shown("0.direction")).toBe("inbound");
    expect(await valueAt(page, `${DELEGATIONS}.0.name`)).toBe("Đoàn công tác của UBND tỉnh");
    expect(browser.problems).toEqual([]);
  });
});

describe("money offered from the rows", () => {
  it("foreign NGO aid: the committed amounts of the rows in one currency, written with it when asked", async () => {
    const form = await areaWithOneRow(
      /^Vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài$/,
      /^Thêm .*dự án/i,
    );
    // Columns: donor, donor's country, title, kind, committed.
    await paste(
      page,
      `f-${AID}.projects.0.donor`,
      "Tổ chức A\tHoa Kỳ\tNước sạch\tDự án\t1.000 USD\nQuỹ B\tÚc\tTrường học\tPhi dự án\t500 đô la Mỹ",
    );
    await expect.poll(() => valueAt(page, `${AID}.projects`).then((v) => (v as Row[]).length)).toBe(2);
    expect(await valueAt(page, `${AID}.projects.1`)).toEqual({
      donor: "Quỹ B",
      donorCountry: "Ô-xtrây-li-a",
      title: "Trường học",
      kind: "non-project",
      committed: { amount: 500, currency: "USD" },
    });
    const offer = form.locator("p.offer", { hasText: "1.500 USD" });
    await expect.poll(() => offer.count()).toBe(1);
    expect(await valueAt(page, `${AID}.totals`)).toBe(null);
    await offer.getByRole("button", { name: /^Dùng số này/ }).click();
    await expect
      .poll(() => valueAt(page, `${AID}.totals.committed`))
      .toEqual({ amount: 1500, currency: "USD" });
    await expect.poll(() => offer.count()).toBe(0);
    // Counted by kind: one project, one non-project item.
    expect(await form.locator("p.offer", { hasText: /phi dự án.*là 1\./i }).count()).toBe(1);
    expect(browser.problems).toEqual([]);
  });
});

describe("the assessment section", () => {
  it("shows the words of each part, the figures behind “Thêm chi tiết”", async () => {
    // Every part answered "Có nội dung" (set as the portal would load a draft).
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { value: Row };
      const doc = structuredClone(el.value) as { body: Row };
      const parts = ["advantages", "difficulties", "causes", "objectiveCauses", "subjectiveCauses"];
      doc.body.assessment = Object.fromEntries(parts.map((k) => [k, { answer: "content" }]));
      el.value = doc as unknown as Row;
    }, REPORT);
    await openSection(page, REPORT, /^Đánh giá$/);
    const form = page.locator(REPORT);
    await expect.poll(() => form.getByLabel("Có nội dung").filter({ visible: true }).count()).toBe(5);
    for (let i = 0; i < 5; i++) expect(await form.getByLabel("Có nội dung").nth(i).isChecked()).toBe(true);
    const visible = (text: string) => form.getByText(text, { exact: true }).filter({ visible: true }).count();
    expect(await form.locator("textarea").filter({ visible: true }).count()).toBe(5);
    for (const foreign of [
      "Xếp hạng (không bắt buộc)",
      "Tổng số đoàn (không bắt buộc)",
      "Bảng (không bắt buộc)",
    ])
      expect(await visible(foreign), foreign).toBe(0);
    expect(await form.locator("details.more").count()).toBe(5);
    expect(browser.problems).toEqual([]);
  });
});
