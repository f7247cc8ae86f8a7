/** `lang="en"` on one component switches its texts only; the other stays Vietnamese. */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launch, ready, type Server, startServer } from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const text = (p: Page, sel: string) =>
  p.evaluate((s) => {
    const el = document.querySelector(s)!;
    // Visible text through the shadow root (innerText of the host does not see it).
    const walk = (n: Node): string => {
      if (n instanceof Element && n.shadowRoot) return walk(n.shadowRoot);
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? "";
      if (n instanceof HTMLElement && (n.hidden || n.localName === "style")) return "";
      return [...n.childNodes].map(walk).join(" ");
    };
    return walk(el).replace(/\s+/g, " ");
  }, sel);

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage();
  await page.goto(new URL("/fixtures/lang.html", server.url).href);
  await ready(page, "#vi");
  await ready(page, "#en");
  // English is loaded on demand (lang-en.js next to the bundle): its updateComplete waits for it.
  await page.evaluate(
    () =>
      (document.getElementById("en") as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('lang="en" on one component', () => {
  it("shows English texts in that component and Vietnamese in the other", async () => {
    const vi = await text(page, "#vi");
    const en = await text(page, "#en");
    expect(vi).toContain("Lãnh sự và bảo hộ công dân");
    expect(vi).toMatch(/Kiểm tra lại/);
    expect(vi).toMatch(/Tải về DOCX/);
    expect(en).not.toContain("Lãnh sự và bảo hộ công dân");
    expect(en).not.toMatch(/Kiểm tra lại|Tải về DOCX|Chưa bắt đầu|chưa bắt đầu/);
    expect(en).toMatch(/Consular/i);
    expect(browser.problems).toEqual([]);
  });

  it("switches at run time when the attribute changes, without touching the other", async () => {
    await page.evaluate(async () => {
      const el = document.getElementById("vi") as HTMLElement & { updateComplete?: Promise<unknown> };
      el.setAttribute("lang", "en");
      await el.updateComplete;
    });
    expect(await text(page, "#vi")).not.toMatch(/Kiểm tra lại|Tải về DOCX/);
    await page.evaluate(async () => {
      const a = document.getElementById("vi") as HTMLElement & { updateComplete?: Promise<unknown> };
      const b = document.getElementById("en") as HTMLElement & { updateComplete?: Promise<unknown> };
      a.setAttribute("lang", "vi");
      b.removeAttribute("lang");
      await Promise.all([a.updateComplete, b.updateComplete]);
    });
    expect(await text(page, "#vi")).toMatch(/Kiểm tra lại/);
    expect(await text(page, "#en")).toMatch(/Kiểm tra lại/);
  });

  it("validation messages follow the component's language", async () => {
    const issues = await page.evaluate(async () => {
      const a = document.getElementById("vi") as HTMLElement & { validate(): { message: string }[] };
      const b = document.getElementById("en") as HTMLElement & {
        validate(): { message: string }[];
        updateComplete?: Promise<unknown>;
      };
      b.setAttribute("lang", "en");
      await b.updateComplete;
      return { vi: a.validate()[0]?.message ?? "", en: b.validate()[0]?.message ?? "" };
    });
    expect(issues.vi).toMatch(/[ăâđêôơư]/i);
    expect(issues.en).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });
});
