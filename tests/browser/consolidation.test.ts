/**
 * A consolidated report (examples/consolidation/consolidated.json, what `consolidate` gives for
 * the example province) opens in <doingoai-document-form> of the portal: the clerk sees its
 * sections, edits its draft, and the preview and the DOCX carry the edit, the summed figures and
 * the appendices (the reporting status, "Tổng hợp theo đơn vị").
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readDocx } from "@doingoai/render";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  freshPortalPage,
  launch,
  openSection,
  ROOT,
  type Server,
  setFormValue,
  startServer,
} from "./helpers";

const REPORT = "#form-bao-cao doingoai-document-form";
let server: Server;
let browser: Browser;
let page: Page;

type Doc = {
  appendices?: { title: string }[];
  frame: { subject: string };
  body: { areas: Record<string, { narrative?: string[] }> };
};

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await freshPortalPage(browser, server, REPORT);
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.stop();
});

const value = (p: Page): Promise<Doc> =>
  p.evaluate(
    (s) => JSON.parse(JSON.stringify((document.querySelector(s) as HTMLElement & { value: unknown }).value)),
    REPORT,
  );

describe("a consolidated report in the document form", () => {
  it("loads, is edited in its area's draft, and renders with the edit and its appendices", async () => {
    const consolidated = JSON.parse(
      await readFile(join(ROOT, "examples/consolidation/consolidated.json"), "utf8"),
    ) as Doc;
    await setFormValue(page, REPORT, consolidated);
    // Loaded as it is: the summed figures and the appendices are in the form's value.
    const loaded = await value(page);
    expect(loaded.appendices?.map((a) => a.title)).toEqual(consolidated.appendices?.map((a) => a.title));
    expect(loaded.body.areas.delegations?.narrative?.[0]).toMatch(
      /^Tổng hợp báo cáo của 38 đơn vị: đoàn ra: /,
    );

    // The clerk rewrites the first paragraph of the economic-diplomacy draft.
    await openSection(page, REPORT, /Ngoại giao kinh tế/);
    const first = page.locator(REPORT).locator("textarea").first();
    await expect
      .poll(() => first.inputValue(), { timeout: 15_000 })
      .toMatch(/^Tổng hợp báo cáo của 60 đơn vị/);
    const rewritten =
      "Các đơn vị trong tỉnh tiếp tục đẩy mạnh ngoại giao kinh tế (đoạn do chuyên viên viết lại).";
    // One line per paragraph: the first line (the summed figures) is rewritten, the units' paragraphs stay.
    const lines = (await first.inputValue()).split("\n");
    await first.fill([rewritten, ...lines.slice(1)].join("\n"));
    await first.blur();
    await expect
      .poll(async () => (await value(page)).body.areas["economic-diplomacy"]?.narrative?.[0], {
        timeout: 10_000,
      })
      .toBe(rewritten);
    const edited = (await value(page)).body.areas["economic-diplomacy"]?.narrative;
    expect(edited?.slice(1)).toEqual(consolidated.body.areas["economic-diplomacy"]?.narrative?.slice(1));

    // The preview shows the edit, the summed figures of another area and the appendices.
    const preview = page.locator(REPORT).locator("doingoai-preview").locator('[part~="preview"]');
    await expect
      .poll(async () => (await preview.innerText()).includes(rewritten), { timeout: 30_000 })
      .toBe(true);
    const text = (await preview.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("đoàn ra: 12 đoàn, 80 lượt người");
    expect(text).toContain("TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
    expect(text).toContain("TỔNG HỢP THEO ĐƠN VỊ: NGOẠI GIAO KINH TẾ");
    // What units stated that is never summed stays in their rows, in words.
    expect(text).toContain("Số liệu đơn vị tự nêu, không cộng");
    expect(text).toMatch(
      /Sở Nội vụ Tỷ lệ di tích được số hóa, giới thiệu bằng tiếng nước ngoài: \d+% \(tỷ lệ phần trăm\)/,
    );

    // The DOCX the form downloads carries the edited document, appendices included.
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page
      .locator(REPORT)
      .getByRole("button", { name: /Tải về DOCX/ })
      .first()
      .click();
    const back = readDocx(await readFile((await (await download).path())!));
    expect(back.ok).toBe(true);
    if (back.ok) {
      const doc = back.value as unknown as Doc;
      expect(doc.body.areas["economic-diplomacy"]?.narrative?.[0]).toBe(rewritten);
      expect(doc.appendices?.length).toBe(consolidated.appendices?.length);
    }
    expect(browser.problems).toEqual([]);
  });
});
