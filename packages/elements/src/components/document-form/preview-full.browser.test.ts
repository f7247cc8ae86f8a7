/**
 * The preview beside the form, full screen and printed (issue 8, "Layout"): "Xem toàn màn hình"
 * shows the document in a modal dialog over the whole window (axe: 0 violations; Esc closes it and
 * the focus goes back to the button); "In văn bản" prints the document's own A4 pages — its HTML
 * page in a frame that runs no script — not the portal around the form.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  axe,
  exampleDocument,
  focused,
  setFormValue,
  usePortalPage,
} from "../../../../../tests/browser/helpers";

let page: Page;
const REPORT = "#form-bao-cao doingoai-document-form";

usePortalPage(REPORT, (t) => {
  page = t.page;
});

async function fill(p: Page): Promise<string> {
  const doc = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as {
    frame: { subject: string };
  };
  await setFormValue(p, REPORT, doc);
  return doc.frame.subject;
}

/** What is put up for printing: each print frame's page and its sandbox, as it is added. */
function watchPrints(p: Page): Promise<void> {
  return p.evaluate((s) => {
    const w = window as unknown as { __prints: { sandbox: string | null; page: string }[] };
    w.__prints = [];
    const seen = new WeakSet<Node>();
    const look = (root: Node) => {
      for (const f of (root as ParentNode).querySelectorAll?.("iframe") ?? [])
        if (!seen.has(f)) {
          seen.add(f);
          w.__prints.push({ sandbox: f.getAttribute("sandbox"), page: f.srcdoc });
        }
      for (const el of (root as ParentNode).querySelectorAll?.("*") ?? [])
        if (el.shadowRoot) look(el.shadowRoot);
    };
    const form = document.querySelector(s as string)!;
    new MutationObserver(() => look(form.shadowRoot!)).observe(form.shadowRoot!, {
      childList: true,
      subtree: true,
    });
    const previews = () => [...form.shadowRoot!.querySelectorAll("doingoai-preview")];
    for (const pr of previews())
      new MutationObserver(() => look(pr.shadowRoot!)).observe(pr.shadowRoot!, {
        childList: true,
        subtree: true,
      });
    // Previews made later (the dialog's) are watched when they appear.
    new MutationObserver(() => {
      for (const pr of previews())
        if (pr.shadowRoot && !seen.has(pr)) {
          seen.add(pr);
          new MutationObserver(() => look(pr.shadowRoot!)).observe(pr.shadowRoot, {
            childList: true,
            subtree: true,
          });
        }
    }).observe(form.shadowRoot!, { childList: true, subtree: true });
  }, REPORT);
}

const prints = (p: Page) =>
  p.evaluate(() => (window as unknown as { __prints: { sandbox: string | null; page: string }[] }).__prints);

describe("the preview, full screen and printed", () => {
  it("“Xem toàn màn hình” opens the document over the whole window; Esc closes it, the focus goes back", async () => {
    await fill(page);
    const form = page.locator(REPORT);
    const open = form.getByRole("button", { name: "Xem toàn màn hình" });
    await open.click();
    const dialog = form.getByRole("dialog", { name: "Xem trước văn bản" });
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await expect
      .poll(() =>
        dialog
          .locator("doingoai-preview .sheet")
          .textContent({ timeout: 200 })
          .catch(() => ""),
      )
      .toMatch(/BÁO CÁO/);
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(1280);
    expect(box?.height).toBe(900);
    expect((await focused(page)).hosts).toContain("doingoai-document-form");
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await focused(page)).name).toBe("Xem toàn màn hình");
  });

  it("“In văn bản” prints the document's A4 pages from a frame that runs no script", async () => {
    const subject = await fill(page);
    await watchPrints(page);
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "In văn bản" }).first().click();
    await expect.poll(async () => (await prints(page)).length).toBe(1);
    const [printed] = await prints(page);
    expect(printed!.sandbox).toBe("allow-same-origin allow-modals");
    expect(printed!.page).toMatch(/^<!doctype html>/);
    expect(printed!.page).toContain("@page{size:A4");
    expect(printed!.page).toContain(subject);
    // Not the portal around the form.
    expect(printed!.page).not.toContain("Trang minh họa dành cho đơn vị tích hợp");

    // From the dialog too.
    await form.getByRole("button", { name: "Xem toàn màn hình" }).click();
    const dialog = form.getByRole("dialog", { name: "Xem trước văn bản" });
    await dialog.getByRole("button", { name: "In văn bản" }).click();
    await expect.poll(async () => (await prints(page)).length).toBe(2);
    await dialog.getByRole("button", { name: "Đóng" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
