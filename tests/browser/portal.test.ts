/**
 * The example portal page (examples/portal) with the single-file bundle: it loads cleanly under
 * the portal's CSP, its form receives the document JSON like any field, and it submits both with
 * the portal's script (fetch) and natively (urlencoded POST).
 */
import { EXAMPLE_NAMES } from "@doingoai/core/fixtures";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadCore } from "./core";
import { type Browser, focused, openSection, ready, usePortalPage } from "./helpers";

let browser: Browser;
let page: Page;

usePortalPage(undefined, (t) => {
  browser = t.browser;
  page = t.page;
});

const REPORT = "#form-bao-cao doingoai-document-form";

async function fillWithExample(p: Page) {
  await p.getByRole("button", { name: "Điền thử" }).first().click();
  await p.waitForFunction(
    (sel) =>
      (
        document.querySelector(sel) as HTMLElement & { value?: { frame?: { subject?: string } } }
      ).value?.frame?.subject?.startsWith("Kết quả hoạt động công tác đối ngoại"),
    REPORT,
  );
}

describe("the portal page", () => {
  it("loads without page errors, console errors or CSP violations", async () => {
    await page.reload();
    await ready(page);
    await page.waitForTimeout(300);
    expect(browser.problems).toEqual([]);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
  });

  it("has its landmarks and a skip link that lands in the main content", async () => {
    // The portal's own landmarks (light DOM; the components may add labelled ones of their own).
    const landmarks = await page.evaluate(() =>
      [...document.querySelectorAll("body > header, body > footer, main, aside, nav, search")].map(
        (e) => `${e.localName}${e.getAttribute("aria-label") ? `(${e.getAttribute("aria-label")})` : ""}`,
      ),
    );
    expect(landmarks.sort()).toEqual(
      [
        "header",
        "search",
        "nav(Danh mục chính)",
        "nav(Đường dẫn)",
        "main",
        "aside(Hỗ trợ người dùng)",
        "footer",
      ].sort(),
    );
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip.name).toBe("Bỏ qua, đến nội dung chính");
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("noi-dung");
    const crumbs = await page
      .getByRole("navigation", { name: "Đường dẫn" })
      .getByRole("listitem")
      .allTextContents();
    expect(crumbs.map((c) => c.trim()).join(" › ")).toBe("Trang chủ › Dịch vụ › Báo cáo công tác đối ngoại");
    expect(
      await page
        .locator(".breadcrumbs li + li")
        .first()
        .evaluate((li) => getComputedStyle(li, "::before").content),
    ).toBe('"›"');
  });

  it("“Tải mẫu” leads to the example documents", async () => {
    await page.getByRole("link", { name: "Tải mẫu", exact: true }).click();
    await page.waitForURL(/\/documents\/$/);
    const names = await page.locator(".file-list a").allTextContents();
    // Every example document of the fixtures, as a file of examples/documents/.
    expect(names.filter((n) => n.endsWith(".json")).sort()).toEqual(
      EXAMPLE_NAMES.map((n) => `${n}.json`).sort(),
    );
  });

  it("switches to the plan form with the keyboard (tabs pattern)", async () => {
    await page.getByRole("tab", { name: "Báo cáo định kỳ" }).focus();
    await page.keyboard.press("ArrowRight");
    const plan = page.getByRole("tab", { name: "Kế hoạch công tác" });
    expect(await plan.getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#bao-cao").isHidden()).toBe(true);
    await ready(page, "#form-ke-hoach doingoai-document-form");
    expect(await page.locator("#form-ke-hoach doingoai-document-form").isVisible()).toBe(true);
  });
});

describe("form association", () => {
  it("the surrounding <form> receives the document JSON in FormData, and it validates with core", async () => {
    await fillWithExample(page);
    const entry = await page.evaluate(() => {
      const form = document.getElementById("form-bao-cao") as HTMLFormElement;
      const data = new FormData(form);
      return { values: data.getAll("document"), valid: form.checkValidity() };
    });
    expect(entry.values).toHaveLength(1);
    expect(typeof entry.values[0]).toBe("string");
    const core = await loadCore();
    const result = core.validateJson(entry.values[0] as string);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.value?.kind).toBe("report");
    expect(entry.valid).toBe(true);
  });

  it("an empty form is invalid for the browser, and core agrees on its JSON", async () => {
    const state = await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & {
        validity?: ValidityState;
        validationMessage?: string;
        form?: HTMLFormElement;
      };
      const form = document.getElementById("form-bao-cao") as HTMLFormElement;
      return {
        json: new FormData(form).get("document"),
        valid: form.checkValidity(),
        elementValid: el.validity?.valid,
        message: el.validationMessage,
        formIsHost: el.form === form,
      };
    }, REPORT);
    expect(state.formIsHost).toBe(true);
    expect(state.valid).toBe(false);
    expect(state.elementValid).toBe(false);
    expect(state.message).toBeTruthy();
    expect(typeof state.json).toBe("string");
    const core = await loadCore();
    expect(core.validateJson(state.json as string).ok).toBe(false);
  });

  it("the submit button sends it to the server, which validates it and echoes it", async () => {
    await fillWithExample(page);
    const request = page.waitForRequest((r) => r.url().endsWith("/submit") && r.method() === "POST");
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    const sent = new URLSearchParams((await request).postData() ?? "");
    const json = sent.get("document");
    expect(json).toBeTruthy();
    expect(JSON.parse(json!).kind).toBe("report");
    const result = page.locator("#ket-qua");
    await result.waitFor({ state: "visible" });
    await expect(result.textContent()).resolves.toContain("Văn bản hợp lệ.");
    expect((await focused(page)).id).toBe("tieu-de-ket-qua");
  });

  it("a native submission (urlencoded, no script) gets the server's page saying it is valid", async () => {
    await fillWithExample(page);
    await Promise.all([
      page.waitForURL(/\/submit$/),
      page.evaluate(() => (document.getElementById("form-bao-cao") as HTMLFormElement).submit()),
    ]);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Văn bản hợp lệ.");
    expect(text).toContain("document");
  });

  it("form.reset() drops the person's edits and goes back to the document the host gave (formResetCallback)", async () => {
    await fillWithExample(page);
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    await page
      .locator(REPORT)
      .getByLabel(/^Trích yếu/)
      .first()
      .fill("Một trích yếu khác");
    await expect
      .poll(() =>
        page.evaluate(
          (sel) =>
            (document.querySelector(sel) as HTMLElement & { value: { frame: { subject?: string } } }).value
              .frame.subject,
          REPORT,
        ),
      )
      .toBe("Một trích yếu khác");
    const after = await page.evaluate((sel) => {
      (document.getElementById("form-bao-cao") as HTMLFormElement).reset();
      return (document.querySelector(sel) as HTMLElement & { value: { frame: { subject?: string } } }).value
        .frame.subject;
    }, REPORT);
    expect(after).toMatch(/^Kết quả hoạt động công tác đối ngoại/);
  });

  it("a disabled fieldset disables the element and leaves it out of FormData (formDisabledCallback)", async () => {
    await fillWithExample(page);
    const state = await page.evaluate((sel) => {
      const form = document.getElementById("form-bao-cao") as HTMLFormElement;
      const el = document.querySelector(sel) as HTMLElement;
      const fieldset = document.createElement("fieldset");
      el.before(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      const disabled = el.matches(":disabled");
      const has = new FormData(form).has("document");
      fieldset.disabled = false;
      return { disabled, has, back: new FormData(form).has("document") };
    }, REPORT);
    expect(state).toEqual({ disabled: true, has: false, back: true });
  });
});
