/**
 * Rows pasted from a table load their code on first use (`paste-rows.js` next to the browser
 * bundle, which the portal serves): the file has its own copies of the strings and of core's
 * language registry, so a form in English must still answer in English — the page's languages
 * are handed over when the file loads.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openSection, usePortalPage } from "../../../../tests/browser/helpers";

let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const DELEGATIONS = "body.areas.delegations.facts.delegations";

usePortalPage(REPORT, (t) => {
  page = t.page;
});

describe("a table pasted into a row of a form in English", () => {
  it("fills the rows and says so in English, field names included", async () => {
    const loaded: string[] = [];
    page.on("request", (r) => loaded.push(new URL(r.url()).pathname.split("/").pop() ?? ""));
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    const form = page.locator(REPORT);
    await form.getByLabel("Có nội dung").first().check();
    await form
      .getByRole("button", { name: /^Thêm (danh sách )?đoàn/i })
      .first()
      .click();
    await page.evaluate((sel) => document.querySelector(sel)!.setAttribute("lang", "en"), REPORT);
    await expect.poll(() => form.locator("#view-heading").textContent()).toMatch(/delegations/i);
    expect(loaded).not.toContain("paste-rows.js");
    const tsv = "Đoàn một\tTrung Quốc\t12\nĐoàn hai\tLaos\tmười";
    await page.evaluate(
      ([sel, id, text]) => {
        const el = document.querySelector(sel!)!.shadowRoot!.getElementById(id!) as HTMLInputElement;
        el.focus();
        const dt = new DataTransfer();
        dt.setData("text/plain", text!);
        el.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, composed: true, cancelable: true }),
        );
      },
      [REPORT, `f-${DELEGATIONS}.0.name`, tsv] as const,
    );
    const note = form.locator(`[id="f-${DELEGATIONS}.0.name-note"]`);
    await expect.poll(() => note.textContent()).toMatch(/^Pasted 2 rows\. 1 cells could not be read/);
    expect(loaded).toContain("paste-rows.js");
    const text = (await note.textContent()) ?? "";
    expect(text).toContain("“mười”");
    // Outside the cell pasted as typed: no Vietnamese (row and field names are English).
    expect(text.replace(/“[^”]*”/g, "")).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    await expect.poll(() => form.locator(`[id="f-${DELEGATIONS}.1.members"]`).inputValue()).toBe("mười");
  });
});
