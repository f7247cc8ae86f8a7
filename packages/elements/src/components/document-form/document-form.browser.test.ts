/**
 * <doingoai-document-form> in the portal, as a person uses it: keyboard only, the error summary
 * on a failed submit, the draft kept across a reload (also a draft saved by an old version),
 * and the DOCX download (its writer loaded only on demand).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  type Browser,
  exampleDocument,
  type Focused,
  focused,
  openSection,
  ready,
  setFormValue,
  tabTo,
  usePortalPage,
} from "../../../../../tests/browser/helpers";

let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";
const inForm = (f: Focused) => f.hosts.includes("doingoai-document-form");

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
});

type AnyDoc = Record<string, unknown> & {
  schemaVersion?: number;
  frame: { subject?: string; recipients?: unknown };
  body: { areas: Record<string, { answer?: string } | undefined> };
};

function value(p: Page, sel = REPORT): Promise<AnyDoc> {
  return p.evaluate(
    (s) => JSON.parse(JSON.stringify((document.querySelector(s) as HTMLElement & { value: unknown }).value)),
    sel,
  );
}

const setValue = (p: Page, doc: unknown, sel = REPORT) => setFormValue(p, sel, doc);

/** Keys in localStorage that belong to the form's autosave key. */
function drafts(p: Page, key = "portal-demo") {
  return p.evaluate((k) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i)!;
      if (name.includes(k) && !name.includes(`${k}-plan`)) out[name] = localStorage.getItem(name)!;
    }
    return out;
  }, key);
}

/** The 0.x preview format (schemaVersion 0), see packages/core/src/model/migrate.ts. */
function toVersion0(doc: AnyDoc): Record<string, unknown> {
  const back: Record<string, string> = { unanswered: "blank", none: "nothing", content: "content" };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node))
      if (k === "answer" && typeof v === "string" && v in back) out.state = back[v];
      else out[k] = walk(v);
    return out;
  };
  const old = walk(doc) as AnyDoc;
  delete old.schemaVersion;
  const r = doc.frame.recipients as { list: string[]; archive: string[] };
  old.frame = { ...old.frame, recipients: [...r.list, `Lưu: ${r.archive.join(", ")}.`] };
  return old;
}

/**
 * Make a stored draft look like one saved by the 0.x previews: its document (the object with
 * `kind` and `frame`) replaced by `doc`, and the schema version recorded beside it set to 0.
 */
function replaceDocument(stored: unknown, doc: unknown): { value: unknown; replaced: boolean } {
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    const o = stored as Record<string, unknown>;
    if ("kind" in o && "frame" in o) return { value: doc, replaced: true };
    for (const [k, v] of Object.entries(o)) {
      const r = replaceDocument(v, doc);
      if (r.replaced) {
        const out: Record<string, unknown> = { ...o, [k]: r.value };
        if ("schemaVersion" in out) out.schemaVersion = 0;
        return { value: out, replaced: true };
      }
    }
  }
  return { value: stored, replaced: false };
}

describe("keyboard only", () => {
  it("completes a section from the task list (“Lãnh sự…”: nothing to report) without the mouse", async () => {
    // Tab to the section in the task list, Enter to open it.
    await tabTo(
      page,
      (f) => inForm(f) && f.parts.includes("task-list") && /Lãnh sự và bảo hộ công dân/.test(f.name),
      "the task “Lãnh sự và bảo hộ công dân”",
    );
    await page.keyboard.press("Enter");
    // Tab into the answer: native radios, so Tab stops on the checked one only; the platform's
    // arrow keys move inside the group (the one key besides Tab/Enter/Space this needs).
    let f = await tabTo(
      page,
      (x) => inForm(x) && x.type === "radio" && /Không phát sinh|Có nội dung|Chưa trả lời/.test(x.name),
      "the answer of the section",
    );
    for (let i = 0; i < 3 && !/Không phát sinh/.test(f.name); i++) {
      await page.keyboard.press("ArrowLeft");
      f = await focused(page);
    }
    expect(f.name).toMatch(/Không phát sinh/);
    await page.keyboard.press("Space");
    expect((await focused(page)).checked).toBe(true);
    // Save and continue, with Enter.
    await tabTo(page, (x) => inForm(x) && /Lưu và tiếp tục/.test(x.name), "“Lưu và tiếp tục”");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(100);
    const v = await value(page);
    expect(v.body.areas.consular).toEqual({ answer: "none" });

    // Back to the task list (Shift+Tab from the next section's heading, Enter): the new status.
    await tabTo(
      page,
      (x) => inForm(x) && /Quay lại danh sách phần/.test(x.name),
      "“Quay lại danh sách phần”",
      {
        back: true,
      },
    );
    await page.keyboard.press("Enter");
    const tasks = (await page.locator(REPORT).locator('[part~="task-list"]').allTextContents()).join(" ");
    expect(tasks.replace(/\s+/g, " ")).toMatch(/Lãnh sự và bảo hộ công dân\s*Không phát sinh/);
  });
});

describe("submit with errors", () => {
  async function submitAndCheckSummary(p: Page) {
    let posted = false;
    p.on("request", (r) => {
      if (r.url().endsWith("/submit")) posted = true;
    });
    await p.getByRole("button", { name: "Gửi báo cáo" }).click();
    await p.waitForTimeout(300);
    expect(posted, "the browser sent an invalid document to the server").toBe(false);
    const f = await focused(p);
    expect(f.parts, `focus is on ${f.tag} “${f.name}”, not in the error summary`).toContain("error-summary");
  }

  it("an untouched, empty form does not submit: the error summary gets the focus", async () => {
    await submitAndCheckSummary(page);
  });

  it("after an edit, the portal's submit button: the error summary gets the focus", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    await page
      .locator(REPORT)
      .getByLabel(/^Trích yếu/)
      .first()
      .fill("Kết quả công tác đối ngoại năm 2026");
    await page.waitForTimeout(600); // validation runs shortly after typing
    await submitAndCheckSummary(page);
  });

  it("“Kiểm tra lại” › “Gửi văn bản”: the summary gets the focus, and each of its links focuses its field", async () => {
    let posted = false;
    page.on("request", (r) => {
      if (r.url().endsWith("/submit")) posted = true;
    });
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Kiểm tra lại" }).click();
    await form.getByRole("button", { name: "Gửi văn bản" }).click();
    await page.waitForTimeout(300);
    expect(posted).toBe(false);
    const f = await focused(page);
    expect(f.parts, `focus is on ${f.tag} “${f.name}”, not in the error summary`).toContain("error-summary");

    const links = form.locator('[part~="error-summary"] a');
    const n = await links.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(n, 8); i++) {
      const link = links.nth(i);
      const text = ((await link.textContent()) ?? "").trim();
      const href = (await link.getAttribute("href")) ?? "";
      await link.focus();
      await page.keyboard.press("Enter");
      await page.waitForTimeout(100);
      const target = await focused(page);
      expect(target.isField, `link ${i + 1} “${text}” moved focus to ${target.tag} “${target.name}”`).toBe(
        true,
      );
      expect(target.parts).not.toContain("error-summary");
      if (href.startsWith("#") && href.length > 1) {
        const inside = await page.evaluate(
          (id) => {
            let a: Element | null = document.activeElement;
            while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
            const root = a?.getRootNode() as ShadowRoot | Document | undefined;
            const t = root?.getElementById?.(id);
            return !!a && !!t && (t === a || t.contains(a));
          },
          decodeURIComponent(href.slice(1)),
        );
        expect(inside, `link ${i + 1} “${text}” (${href}) focused another field`).toBe(true);
      }
    }
  });
});

describe("drafts", () => {
  it("restores what was typed after a reload", async () => {
    const subject = "Kết quả công tác đối ngoại quý III năm 2026 của xã Mẫu Sơn";
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const field = page
      .locator(REPORT)
      .getByLabel(/^Trích yếu/)
      .first();
    await field.click();
    await field.fill("");
    await page.keyboard.type(subject, { delay: 5 });
    await expect
      .poll(async () => JSON.stringify(await drafts(page)), { timeout: 5000 })
      .toContain("quý III năm 2026");
    await page.reload();
    await ready(page, REPORT);
    await expect.poll(async () => (await value(page)).frame.subject, { timeout: 5000 }).toBe(subject);
    await expect(
      page
        .locator(REPORT)
        .getByLabel(/^Trích yếu/)
        .first()
        .inputValue(),
    ).resolves.toBe(subject);
  });

  it("opens a draft saved by an old version (schemaVersion 0)", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const field = page
      .locator(REPORT)
      .getByLabel(/^Trích yếu/)
      .first();
    await field.click();
    await page.keyboard.type("bản nháp", { delay: 5 });
    // The draft with every letter typed (an earlier save, written during a stall, is not enough).
    await expect
      .poll(async () => JSON.stringify(await drafts(page)), { timeout: 5000 })
      .toContain("bản nháp");
    const stored = await drafts(page);
    const current = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as AnyDoc;
    const old = toVersion0(current);
    expect(old.schemaVersion).toBeUndefined();
    let replaced = 0;
    for (const [key, text] of Object.entries(stored)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue;
      }
      const r = replaceDocument(parsed, old);
      if (!r.replaced) continue;
      replaced++;
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(r.value)] as const);
    }
    expect(
      replaced,
      `no document found in the drafts: ${JSON.stringify(stored).slice(0, 300)}`,
    ).toBeGreaterThan(0);
    await page.reload();
    await ready(page, REPORT);
    await expect
      .poll(async () => (await value(page)).frame.subject, { timeout: 5000 })
      .toBe(current.frame.subject);
    const v = await value(page);
    expect(v.schemaVersion).toBe(1);
    expect(v.frame.recipients).toEqual(current.frame.recipients);
    expect(v.body.areas.delegations?.answer).toBe("content");
    expect(browser.problems).toEqual([]);
  });
});

describe("DOCX download", () => {
  it("loads the DOCX writer only on demand and downloads a .docx (a zip with word/document.xml)", async () => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await setValue(page, await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"));
    const chunk = (p: string) => p.startsWith("/elements/") && /docx/i.test(p);
    expect(requested.filter(chunk)).toEqual([]);
    const download = page.waitForEvent("download", { timeout: 30_000 });
    await page
      .locator(REPORT)
      .getByRole("button", { name: /Tải về DOCX/ })
      .first()
      .click();
    const file = await (await download).path();
    expect(requested.filter(chunk).length).toBeGreaterThan(0);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    expect(browser.problems).toEqual([]);
  });
});
