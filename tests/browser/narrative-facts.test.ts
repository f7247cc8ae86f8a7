/**
 * A clerk fills the delegation rows of the report form AND types one sentence in the area's
 * "Nội dung": the live preview, the DOCX downloaded from the form (read back by LibreOffice) and
 * the HTML rendered from the JSON the form submits all show the sentence, then the rows (ADR 2:
 * no typed fact is dropped because a narrative is present).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtml } from "@doingoai/render";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, requireTool, tempDir, writeFiles } from "../docx/tools";
import {
  type Browser,
  exampleDocument,
  freshPortalPage,
  launch,
  openSection,
  type Server,
  setFormValue,
  startServer,
} from "./helpers";

let server: Server;
let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const SENTENCE = "Trong kỳ, xã đã phối hợp tốt trong công tác đối ngoại.";
const ROWS = [
  { direction: "outbound", name: "Đoàn giao lưu văn hóa xã Tây Yên Tử", country: "Lào", members: "6" },
  { direction: "inbound", name: "Đoàn Sở Ngoại vụ tỉnh Quảng Tây", country: "Trung Quốc", members: "8" },
] as const;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await freshPortalPage(browser, server, REPORT);
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.stop();
  removeTempDirs();
});

const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

/** The sentence, then every row (name, country, members "06"/"08"), in that order. */
function expectSentenceThenRows(text: string): void {
  const t = flat(text);
  const at = t.indexOf(SENTENCE);
  expect(at, "the sentence typed in “Nội dung”").toBeGreaterThanOrEqual(0);
  for (const r of ROWS) {
    const i = t.indexOf(r.name);
    expect(i, `the row “${r.name}”`).toBeGreaterThan(at);
    expect(t.slice(i, i + 200)).toContain(r.country);
    expect(t).toContain(`${r.members.padStart(2, "0")} người`);
  }
}

/** The text of the live preview (inside the form's and the preview's shadow roots). */
function previewText(p: Page): Promise<string> {
  return p.evaluate((sel) => {
    const preview = document.querySelector(sel)?.shadowRoot?.querySelector("doingoai-preview");
    return preview?.shadowRoot?.querySelector(".sheet")?.textContent ?? "";
  }, REPORT);
}

describe("a narrative and delegation rows typed in the form", () => {
  beforeAll(async () => {
    // A report otherwise filled in (seed 004), its delegations area not answered yet.
    const doc = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as {
      body: { areas: Record<string, unknown> };
    };
    delete doc.body.areas.delegations;
    await setFormValue(page, REPORT, doc);
    await openSection(page, REPORT, /^Tổ chức và quản lý đoàn ra, đoàn vào$/);
    const form = page.locator(REPORT);
    await form.getByLabel("Có nội dung").first().check();
    await form.locator('textarea[data-p="body.areas.delegations.narrative"]').fill(SENTENCE);
    for (const [i, r] of ROWS.entries()) {
      await form.getByRole("button", { name: /^Thêm đoàn ra, đoàn vào$/ }).click();
      const at = `body.areas.delegations.facts.delegations.${i}`;
      await form.locator(`select[data-p="${at}.direction"]`).selectOption(r.direction);
      await form.locator(`textarea[data-p="${at}.name"]`).fill(r.name);
      await form
        .getByRole("button", { name: /^Thêm nước$/ })
        .nth(i)
        .click();
      await form.locator(`input[data-p="${at}.countries.0"]`).fill(r.country);
      await form.locator(`input[data-p="${at}.members"]`).fill(r.members);
    }
    await form.locator(`input[data-p="body.areas.delegations.facts.delegations.1.members"]`).blur();
  }, 120_000);

  it("the form holds the sentence and both rows", async () => {
    const doc = await submitted(page);
    const a = doc.body.areas.delegations;
    expect(a.narrative).toEqual([SENTENCE]);
    expect(a.facts.delegations.map((d: { name: string }) => d.name)).toEqual(ROWS.map((r) => r.name));
  });

  it("the live preview shows the sentence, then the rows", async () => {
    await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain(ROWS[1].name);
    expectSentenceThenRows(await previewText(page));
    expect(browser.problems).toEqual([]);
  });

  it("the DOCX downloaded from the form, read back by LibreOffice, shows the sentence, then the rows", async () => {
    requireTool("soffice");
    const download = page.waitForEvent("download", { timeout: 30_000 });
    await page
      .locator(REPORT)
      .getByRole("button", { name: /Tải về DOCX/ })
      .first()
      .click();
    const bytes = readFileSync(await (await download).path());
    const dir = tempDir("narrative-facts");
    const { "form.docx": file } = writeFiles(dir, { "form.docx": bytes });
    spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${tempDir("lo-profile")}`,
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        dir,
        file!,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    const txt = join(dir, "form.txt");
    expect(existsSync(txt), "LibreOffice read the DOCX").toBe(true);
    expectSentenceThenRows(readFileSync(txt, "utf8"));
  }, 150_000);

  it("the HTML rendered from the JSON the form submits shows the sentence, then the rows", async () => {
    const html = renderHtml(await submitted(page));
    expectSentenceThenRows(html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " "));
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the submitted JSON, read field by field above
async function submitted(p: Page): Promise<any> {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    return JSON.parse(String(new FormData(el.closest("form")!).get("document")));
  }, REPORT);
}
