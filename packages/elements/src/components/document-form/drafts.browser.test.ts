/**
 * Drafts nobody loses, in the portal: two tabs on one draft (never a silent overwrite: the clerk
 * is asked, and both versions survive), a draft the form cannot open is kept (and offered as a
 * file), "Bỏ bản nháp" asks and can be undone, earlier versions can be restored, the last
 * keystrokes survive closing the tab, and the sent state survives a reload.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  axe,
  type Browser,
  exampleDocument,
  freshPortalPage,
  launch,
  openSection,
  ready,
  type Server,
  setFormValue,
  startServer,
} from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const KEY = "portal-demo";

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await freshPortalPage(browser, server, REPORT);
  return async () => {
    for (const p of browser.context.pages()) if (p !== page) await p.close();
    await page.close();
  };
});

/** A second page of the portal on the same draft key (same browser profile). */
async function secondPage(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(server.url);
  await ready(p, REPORT);
  return p;
}

const subject = (p: Page) =>
  p.evaluate(
    (s) =>
      (document.querySelector(s) as HTMLElement & { value: { frame: { subject?: string } } }).value.frame
        .subject ?? "",
    REPORT,
  );

const stored = (p: Page, key = KEY) =>
  p.evaluate((k) => {
    const t = localStorage.getItem(k);
    return t === null ? null : JSON.parse(t);
  }, key);

const storedKeys = (p: Page) =>
  p.evaluate(() => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!));

/** The text of the form's shadow root part (or the live region, `.vh[aria-live]`). */
const textIn = (p: Page, selector: string) =>
  p.evaluate(
    ([s, sel]) =>
      [...((document.querySelector(s!) as HTMLElement).shadowRoot?.querySelectorAll(sel!) ?? [])]
        .map((e) => e.textContent ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    [REPORT, selector] as const,
  );

async function typeSubject(p: Page, text: string) {
  await openSection(p, REPORT, /^Thể thức văn bản$/);
  const field = p
    .locator(REPORT)
    .getByLabel(/^Trích yếu/)
    .first();
  await field.click();
  await field.fill("");
  await p.keyboard.type(text, { delay: 2 });
}

async function savedSubject(p: Page, text: string) {
  await expect.poll(async () => (await stored(p))?.value?.frame?.subject, { timeout: 15_000 }).toBe(text);
}

describe("two tabs on one draft", () => {
  it("the second tab is told, writes nothing over the first, and keeps its own work as a version", async () => {
    const b = await secondPage();
    await typeSubject(page, "Báo cáo của thẻ thứ nhất");
    await savedSubject(page, "Báo cáo của thẻ thứ nhất");

    // Tab B hears of it at once: a notice and the live region.
    await expect
      .poll(() => textIn(b, '[part~="draft-notice"]'), { timeout: 15_000 })
      .toMatch(/vừa được lưu ở một thẻ khác/);
    await expect.poll(() => textIn(b, ".vh[aria-live]"), { timeout: 15_000 }).toMatch(/thẻ khác/);
    expect(await axe(b, REPORT)).toEqual([]);

    // B types anyway: the shared draft keeps A's work; B's is kept as an earlier version.
    await typeSubject(b, "Báo cáo của thẻ thứ hai");
    await expect
      .poll(async () => JSON.stringify(await stored(b, `${KEY}:versions`)), { timeout: 15_000 })
      .toContain("Báo cáo của thẻ thứ hai");
    expect((await stored(b))?.value?.frame?.subject).toBe("Báo cáo của thẻ thứ nhất");
    expect(await textIn(b, ".save-status")).toMatch(/Chưa lưu vào bản nháp chung/);

    // B keeps its own: now the shared draft is B's, A's is a version, and A is told in turn.
    await b.locator(REPORT).getByRole("button", { name: "Giữ bản ở thẻ này" }).click();
    await savedSubject(b, "Báo cáo của thẻ thứ hai");
    expect(JSON.stringify(await stored(b, `${KEY}:versions`))).toContain("Báo cáo của thẻ thứ nhất");
    await expect
      .poll(() => textIn(page, '[part~="draft-notice"]'), { timeout: 15_000 })
      .toMatch(/vừa được lưu ở một thẻ khác/);

    // A opens B's version; A's own text stays among the versions it can restore.
    await page.locator(REPORT).getByRole("button", { name: "Mở bản ở thẻ kia" }).click();
    await expect.poll(() => subject(page)).toBe("Báo cáo của thẻ thứ hai");
    expect(await textIn(page, '[part~="versions"]')).toMatch(/Các phiên bản trước/);
    expect(browser.problems).toEqual([]);
  });
});

describe("a draft the form cannot open", () => {
  for (const [what, text, reason] of [
    [
      "saved by a newer release",
      JSON.stringify({
        schemaVersion: 99,
        savedAt: "2026-06-01T08:00:00Z",
        value: { kind: "report", schemaVersion: 99 },
      }),
      /phiên bản mới hơn/,
    ],
    ["that is not JSON", "{hỏng", /bị hỏng/],
  ] as const)
    it(`(${what}) is kept aside, never overwritten, offered as a file`, async () => {
      await page.evaluate(([k, t]) => localStorage.setItem(k!, t!), [KEY, text] as const);
      await page.reload();
      await ready(page, REPORT);
      await expect.poll(() => textIn(page, '[part~="draft-notice"]'), { timeout: 15_000 }).toMatch(reason);
      // Announced after the paint.
      await expect.poll(() => textIn(page, ".vh[aria-live]")).toMatch(/Không mở được bản nháp/);
      await typeSubject(page, "Bản mới");
      await savedSubject(page, "Bản mới");
      const aside = (await storedKeys(page)).filter((k) => k.startsWith(`${KEY}:unreadable:`));
      expect(aside).toHaveLength(1);
      expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]!)).toBe(
        text.startsWith("{hỏng") ? JSON.stringify({ unreadableText: text }) : text,
      );
      const download = page.waitForEvent("download");
      await page
        .locator(REPORT)
        .getByRole("button", { name: /Tải bản nháp đó về/ })
        .click();
      const file = await (await download).path();
      const { readFile } = await import("node:fs/promises");
      expect(await readFile(file, "utf8")).toBe(
        text.startsWith("{hỏng") ? text : JSON.stringify(JSON.parse(text), null, 2),
      );
    });
});

describe("“Bỏ bản nháp” and earlier versions", () => {
  it("asks first, empties the form, and “Hoàn tác” brings everything back", async () => {
    await typeSubject(page, "Báo cáo sẽ bị bỏ rồi lấy lại");
    await savedSubject(page, "Báo cáo sẽ bị bỏ rồi lấy lại");
    await page.reload();
    await ready(page, REPORT);
    await expect.poll(() => subject(page)).toBe("Báo cáo sẽ bị bỏ rồi lấy lại");
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Bỏ bản nháp" }).click();
    // Asked, nothing gone yet; "Không, giữ lại" keeps it.
    expect(await textIn(page, '[part~="draft-notice"]')).toMatch(/Bỏ bản nháp\?/);
    await form.getByRole("button", { name: "Không, giữ lại" }).click();
    expect(await subject(page)).toBe("Báo cáo sẽ bị bỏ rồi lấy lại");
    await form.getByRole("button", { name: "Bỏ bản nháp" }).first().click();
    await form.locator('[data-a="discard-confirm"]').click();
    await expect.poll(() => subject(page)).toBe("");
    await expect.poll(() => stored(page)).toBe(null);
    expect(await axe(page, REPORT)).toEqual([]);
    await form.getByRole("button", { name: "Hoàn tác" }).click();
    await expect.poll(() => subject(page)).toBe("Báo cáo sẽ bị bỏ rồi lấy lại");
    await savedSubject(page, "Báo cáo sẽ bị bỏ rồi lấy lại");
    expect(browser.problems).toEqual([]);
  });

  it("a version from the list is restored, and the restore itself can be undone", async () => {
    await typeSubject(page, "Phiên bản A");
    await savedSubject(page, "Phiên bản A");
    const form = page.locator(REPORT);
    // Reset by the host form: what was typed becomes a version.
    await page.evaluate(
      (s) => (document.querySelector(s) as HTMLElement & { reset(): void }).reset(),
      REPORT,
    );
    await expect.poll(() => textIn(page, '[part~="versions"] summary')).toMatch(/Các phiên bản trước \(1\)/);
    await typeSubject(page, "Phiên bản B");
    await savedSubject(page, "Phiên bản B");
    await form.locator('[part~="versions"] summary').click();
    await form
      .getByRole("button", { name: /Khôi phục phiên bản lúc/ })
      .first()
      .click();
    await expect.poll(() => subject(page)).toBe("Phiên bản A");
    await savedSubject(page, "Phiên bản A");
    expect(await axe(page, REPORT)).toEqual([]); // the list of versions, open
    expect(JSON.stringify(await stored(page, `${KEY}:versions`))).toContain("Phiên bản B");
  });
});

describe("the last keystrokes and the sent state", () => {
  it("keystrokes typed just before the tab is closed are in the draft", async () => {
    await typeSubject(page, "Gõ xong đóng thẻ ngay");
    // The tab is gone (its pagehide has run) before the next one opens the draft.
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    const p = await browser.context.newPage();
    await p.goto(server.url);
    await ready(p, REPORT);
    await expect.poll(() => subject(p), { timeout: 15_000 }).toBe("Gõ xong đóng thẻ ngay");
    page = p;
  });

  it("after the portal accepts it: the sent state with its receipt, also after a reload; then a clean start", async () => {
    const doc = await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    await setFormValue(page, REPORT, doc);
    const sent = page.evaluate(
      (s) =>
        new Promise<string>((ok) =>
          document
            .querySelector(s)!
            .addEventListener("doingoai-sent", (e) => ok((e as CustomEvent).detail.receipt), {
              once: true,
            }),
        ),
      REPORT,
    );
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    const receipt = await sent;
    expect(receipt).toMatch(/^TN-\d{4}-\d{4}$/);
    await expect.poll(() => textIn(page, '[part~="sent"]')).toContain(`Số tiếp nhận: ${receipt}`);
    await expect.poll(() => textIn(page, ".vh[aria-live]")).toMatch(/Đã gửi văn bản/); // after the paint
    expect((await stored(page))?.sent?.receipt).toBe(receipt);
    expect(await axe(page, REPORT)).toEqual([]);

    await page.reload();
    await ready(page, REPORT);
    await expect.poll(() => textIn(page, '[part~="sent"]'), { timeout: 15_000 }).toContain(receipt);

    await page.locator(REPORT).getByRole("button", { name: "Bắt đầu văn bản mới" }).click();
    await expect.poll(() => subject(page)).toBe("");
    expect(await stored(page)).toBe(null);
    expect(JSON.stringify(await stored(page, `${KEY}:versions`))).toContain('"reason":"sent"');
    expect(await textIn(page, '[part~="sent"]')).toBe("");
    expect(browser.problems).toEqual([]);
  });
});
