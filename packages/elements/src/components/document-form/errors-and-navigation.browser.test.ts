/**
 * Every error at once, completeness before sending, and each section its own history entry:
 * one submit shows structural and cross-field errors together; sections with errors are marked
 * "Có lỗi" in the task list; "Lưu và tiếp tục" shows a section's errors before going on; a
 * report with unanswered areas is sent only after the clerk confirms the list; Back and Forward
 * move between sections, and `?phan=` opens one.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  axe,
  type Browser,
  exampleDocument,
  focused,
  openSection,
  ready,
  type Server,
  setFormValue,
  usePortalPage,
} from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const REPORT = "#form-bao-cao doingoai-document-form";

usePortalPage(REPORT, (t) => {
  browser = t.browser;
  page = t.page;
  server = t.server;
});

type Doc = {
  frame: Record<string, unknown> & { signature: Record<string, unknown> };
  body: {
    areas: Record<string, Record<string, unknown>> & {
      delegations: { facts: { delegations: Record<string, unknown>[] } };
    };
  };
};

const setValue = (p: Page, doc: unknown) => setFormValue(p, REPORT, doc);

const textIn = (p: Page, selector: string) =>
  p.evaluate(
    ([s, sel]) =>
      [...((document.querySelector(s!) as HTMLElement).shadowRoot?.querySelectorAll(sel!) ?? [])]
        .map((e) => e.textContent ?? "")
        .join(" | ")
        .replace(/\s+/g, " ")
        .trim(),
    [REPORT, selector] as const,
  );

const heading = (p: Page) => textIn(p, "#view-heading");

describe("every error at once", () => {
  it("one submit lists a missing subject, a delegation ending before it starts and TM. without “thay mặt”; the task list marks those sections", async () => {
    const doc = (await exampleDocument("bao-cao-nam-2019-so-tttt-lang-son")) as Doc;
    delete doc.frame.subject;
    doc.frame.signature = { ...doc.frame.signature, authority: "TM" };
    delete doc.frame.signature.onBehalfOf;
    const row = doc.body.areas.delegations.facts.delegations[0]!;
    row.from = "2019-03-10";
    row.to = "2019-03-01";
    await setValue(page, doc);
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Kiểm tra lại" }).click();
    await form.getByRole("button", { name: "Gửi văn bản" }).click();
    await expect.poll(async () => (await focused(page)).parts).toContain("error-summary");
    const summary = await textIn(page, '[part~="error-summary"] li');
    expect(summary).toMatch(/Trích yếu/); // structural: required
    expect(summary).toMatch(/thay mặt|TM\./); // rule: signature authority
    expect(summary).toMatch(/Đoàn ra, đoàn vào/); // rule: from ≤ to, on the row
    // The rule errors' links lead to their fields, like the structural ones.
    expect(await form.locator('[part~="error-summary"] a').count()).toBeGreaterThanOrEqual(3);
    for (const name of [/Thay mặt/, /ngày bắt đầu phải trước/]) {
      await form.locator('[part~="error-summary"] a').filter({ hasText: name }).first().click();
      const f = await focused(page);
      expect(f.isField, `${name} led to ${f.tag} “${f.name}”`).toBe(true);
      await page.evaluate(
        (s) => (document.querySelector(s) as HTMLElement & { show(v: string): Promise<void> }).show("check"),
        REPORT,
      );
    }

    await page.evaluate(
      (s) => (document.querySelector(s) as HTMLElement & { show(v: string): Promise<void> }).show("tasks"),
      REPORT,
    );
    const tasks = await textIn(page, '[part~="task-list"] li');
    expect(tasks).toMatch(/Thể thức văn bản\s*Có lỗi \(\d+\)/);
    expect(tasks).toMatch(/Tổ chức và quản lý đoàn ra, đoàn vào\s*Có lỗi \(1\)/);
    expect(await axe(page, REPORT)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it("“Lưu và tiếp tục” on a section with errors shows them first; pressed again it goes on, and the task list says “Có lỗi”", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect.poll(async () => (await focused(page)).parts).toContain("error-summary");
    expect(await heading(page)).toBe("Thể thức văn bản");
    expect(await textIn(page, ".hint")).toMatch(/Phần này còn lỗi/);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect.poll(() => heading(page)).not.toBe("Thể thức văn bản");
    await form.getByRole("link", { name: /Quay lại danh sách phần/ }).click();
    expect(await textIn(page, '[part~="task-list"] li')).toMatch(/Thể thức văn bản\s*Có lỗi \(\d+\)/);
  });

  // Chrome rebuilds the layout of a whole <fieldset> when an element is inserted straight into it.
  // The form's controls are all inside one (it disables them at once): the error summary put there
  // froze a 300-row section for 0.5 s at 4× CPU throttling (`pnpm bench`, «Lưu và tiếp tục»).
  it("the error summary, a list's “Chưa có mục nào”, a new row and an amount in words go inside the fieldsets' bodies, never straight into a fieldset", async () => {
    const doc = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as Doc;
    const row = { direction: "outbound", name: "", countries: ["Lào"], from: "2026-03-02", to: "2026-03-04" };
    Object.assign(doc.body.areas.delegations, {
      answer: "content",
      narrative: [],
      facts: { delegations: [row] },
    });
    await setValue(page, doc);
    await openSection(page, REPORT, /đoàn ra, đoàn vào/i);
    type Seen = { __into: string[]; __seen: string[] };
    await page.evaluate((s) => {
      const root = (document.querySelector(s) as HTMLElement).shadowRoot!;
      const w = window as unknown as Seen;
      w.__into = [];
      w.__seen = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue;
            const name = `${n.localName}.${n.classList[0] ?? ""}`;
            w.__seen.push(name);
            const parent = r.target as Element;
            if (parent.localName === "fieldset")
              w.__into.push(`${name} into fieldset.${parent.classList[0]}`);
          }
      }).observe(root, { childList: true, subtree: true });
    }, REPORT);
    const seen = () => page.evaluate(() => (window as unknown as Seen).__seen);
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect.poll(async () => (await focused(page)).parts).toContain("error-summary");
    await form.getByRole("button", { name: /^Xóa đoàn thứ 1$/i }).click();
    await expect.poll(() => textIn(page, "p.empty")).toBe("Chưa có mục nào.");
    await form.getByRole("button", { name: "Thêm đoàn ra, đoàn vào" }).click();
    await expect.poll(seen).toContain("li.row");
    // A group's message: the amount in words under the new row's cost.
    const added = form.locator("li.row").last();
    await added.locator("summary", { hasText: "Thêm chi tiết" }).click();
    await added.locator('input[data-p$=".cost.amount"]').first().fill("1500000");
    await expect.poll(() => textIn(page, ".in-words")).toMatch(/^Bằng chữ: Một triệu năm trăm nghìn/);
    expect(await seen()).toEqual(
      expect.arrayContaining(["div.error-summary", "p.empty", "li.row", "p.hint"]),
    );
    expect(await page.evaluate(() => (window as unknown as Seen).__into)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});

describe("a field that becomes required", () => {
  it("says so as soon as the field it depends on is chosen: “TM.” makes “Thay mặt / ký thay cho” required", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    const form = page.locator(REPORT);
    const authority = form.getByLabel("Quyền hạn ký").first();
    const field = () => form.getByLabel(/^Thay mặt \/ ký thay cho/).first();
    await authority.selectOption("none");
    await expect
      .poll(async () => (await form.locator("label").allTextContents()).join("|"))
      .toContain("Thay mặt / ký thay cho (không bắt buộc)");
    await authority.selectOption("TM");
    await expect
      .poll(async () => (await form.locator("label").allTextContents()).join("|"))
      .not.toContain("Thay mặt / ký thay cho (không bắt buộc)");
    const described = await field().evaluate((el) => {
      const root = el.getRootNode() as ShadowRoot;
      return (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => root.getElementById(id)?.textContent ?? "")
        .join(" ");
    });
    expect(described).toContain("Bắt buộc khi ký TM., KT., TL., TUQ. hoặc Q.");
  });
});

describe("the period named from its dates", () => {
  it("shows what the document will call the period, and follows the dates as they are typed", async () => {
    await setValue(page, await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"));
    await openSection(page, REPORT, /^Kỳ báo cáo, mở đầu$/);
    const form = page.locator(REPORT);
    const name = form.locator(".period-name");
    await expect.poll(() => name.textContent()).toBe("Tên kỳ trong văn bản: «6 tháng đầu năm 2026»");
    const to = form.getByLabel("Đến ngày").first();
    await to.fill("31/12/2026");
    await expect.poll(() => name.textContent()).toBe("Tên kỳ trong văn bản: «năm 2026»");
    await to.fill("30/09/2026");
    await expect.poll(() => name.textContent()).toBe("Tên kỳ trong văn bản: «9 tháng đầu năm 2026»");
    // Not a whole date yet: no name rather than a wrong one.
    await to.fill("30/09");
    await expect.poll(() => name.count()).toBe(0);
  });
});

describe("completeness before sending", () => {
  it("a report with unanswered areas is sent only after the clerk confirms the list", async () => {
    const doc = (await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")) as Doc;
    doc.body.areas.consular = { answer: "unanswered" };
    doc.body.areas.awards = { answer: "unanswered" };
    await setValue(page, doc);
    let submitted = 0;
    await page.exposeFunction("onSubmitted", () => submitted++);
    await page.evaluate(
      (s) =>
        document.querySelector(s)!.addEventListener("doingoai-submit", (e) => {
          e.preventDefault();
          (window as unknown as { onSubmitted(): void }).onSubmitted();
        }),
      REPORT,
    );
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Kiểm tra lại" }).click();
    await form.getByRole("button", { name: "Gửi văn bản" }).click();
    await expect.poll(async () => (await focused(page)).id).toBe("incomplete-summary");
    // The two made unanswered here, beside those the example leaves unanswered: each a link.
    const list = await textIn(page, "#incomplete-summary");
    const links = await form.locator("#incomplete-summary a").count();
    expect(links).toBeGreaterThanOrEqual(2);
    expect(list).toContain(`Còn ${links} phần chưa trả lời`);
    expect(list).toMatch(/Lãnh sự và bảo hộ công dân/);
    expect(list).toMatch(/Khen thưởng/);
    expect(submitted).toBe(0);
    expect(await axe(page, REPORT)).toEqual([]);
    await form.getByRole("button", { name: "Vẫn gửi văn bản" }).click();
    await expect.poll(() => submitted).toBe(1);
  });
});

describe("each section is a history entry", () => {
  it("Back and Forward move between the task list and sections; ?phan= opens a section", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    // The history entry is saved once the section is painted.
    await expect.poll(() => new URL(page.url()).searchParams.get("phan")).toBe("frame");
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click(); // errors: stays
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click();
    await expect.poll(() => heading(page)).not.toBe("Thể thức văn bản");
    const second = await heading(page);
    // Its entry is written after the paint (as the first one above).
    await expect.poll(() => new URL(page.url()).searchParams.get("phan")).not.toBe("frame");
    await page.goBack();
    await expect.poll(() => heading(page)).toBe("Thể thức văn bản");
    await page.goBack();
    await expect.poll(() => heading(page)).toBe("Các phần của văn bản");
    expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(server.url);
    await page.goForward();
    await expect.poll(() => heading(page)).toBe("Thể thức văn bản");
    await page.goForward();
    await expect.poll(() => heading(page)).toBe(second);

    await page.goto(`${server.url}?phan=areas.consular`);
    await ready(page, REPORT);
    await expect.poll(() => heading(page)).toBe("Lãnh sự và bảo hộ công dân");
    expect(browser.problems).toEqual([]);
  });

  it("Back pressed before the next section is painted: the form and the URL agree on the section", async () => {
    await openSection(page, REPORT, /^Thể thức văn bản$/);
    await expect.poll(() => new URL(page.url()).searchParams.get("phan")).toBe("frame");
    const form = page.locator(REPORT);
    await form.getByRole("button", { name: "Lưu và tiếp tục" }).click(); // errors: stays
    // No frame and no timer runs until Back has arrived (however slow the machine): the click's
    // history entry is still to be written when the form hears of Back.
    await page.evaluate(async (s) => {
      const frames: FrameRequestCallback[] = [];
      const timers: [() => void, number][] = [];
      const [raf, timeout] = [window.requestAnimationFrame, window.setTimeout];
      window.requestAnimationFrame = (cb) => (frames.push(cb), 0);
      window.setTimeout = ((cb: () => void, ms = 0) => (timers.push([cb, ms]), 0)) as typeof setTimeout;
      const popped = new Promise((r) => addEventListener("popstate", r, { once: true }));
      const root = (document.querySelector(s) as HTMLElement).shadowRoot!;
      const go = [...root.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === "Lưu và tiếp tục",
      )!;
      go.click();
      history.back();
      await popped;
      [window.requestAnimationFrame, window.setTimeout] = [raf, timeout];
      for (const cb of frames) raf(cb);
      for (const [cb, ms] of timers) timeout(cb, ms);
    }, REPORT);
    await expect.poll(() => heading(page)).toBe("Các phần của văn bản");
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // the dropped entry's paint and fallback
    expect(new URL(page.url()).searchParams.get("phan")).toBeNull();
    expect(await heading(page)).toBe("Các phần của văn bản");
    // Forward still leads to the section the entry names.
    await page.goForward();
    await expect.poll(() => heading(page)).toBe("Thể thức văn bản");
    expect(new URL(page.url()).searchParams.get("phan")).toBe("frame");
    expect(browser.problems).toEqual([]);
  });
});

describe("start from the last period's report", () => {
  it("the portal's “Lập báo cáo kỳ sau”: frame kept, the next year's period, figures as the comparison base", async () => {
    await page.selectOption("#mau-bao-cao", "bao-cao-nam-2019-so-tttt-lang-son");
    await page.getByRole("button", { name: "Lập báo cáo kỳ sau từ văn bản này" }).click();
    const read = () =>
      page.evaluate(
        (s) =>
          JSON.parse(JSON.stringify((document.querySelector(s) as HTMLElement & { value: unknown }).value)),
        REPORT,
      );
    // The portal fetches the example first.
    await expect.poll(async () => (await read()).body.period?.from).toBe("2020-01-01");
    const v = await read();
    const old = (await exampleDocument("bao-cao-nam-2019-so-tttt-lang-son")) as Doc & {
      body: { areas: { delegations: { facts: { totals: unknown } } } };
    };
    expect(v.frame.subject).toBe("Tình hình, kết quả công tác đối ngoại năm 2020");
    expect(v.frame.recipients).toEqual(old.frame.recipients);
    expect(v.frame.number).toBeUndefined();
    expect(v.body.period).toEqual({ from: "2020-01-01", to: "2020-12-31" });
    expect(v.body.areas.delegations.facts.previousTotals).toEqual(old.body.areas.delegations.facts.totals);
    expect(v.body.areas.delegations.facts.delegations).toBeUndefined();
  });
});
