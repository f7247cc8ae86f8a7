/**
 * The HTML rendering measured in Chromium (issue 11, "Layout"): the short rules under the issuing
 * body, the subject and "(Kèm theo …)" measure 1/3 to 1/2 of the longest line of their text
 * (NĐ 30), with a gap under the glyphs (diacritics below included), at several window widths;
 * an appendix's table never cuts a word inside, however narrow the window.
 */
import type { Document } from "@doingoai/core";
import { example, FULL_REPORT, MINIMAL_REPORT } from "@doingoai/core/fixtures";
import { renderHtml } from "@doingoai/render";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launch } from "./helpers";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function withFrame(doc: Document, frame: Partial<Document["frame"]>): Document {
  const copy = structuredClone(doc);
  Object.assign(copy.frame, frame);
  return copy;
}

/** Documents whose issuing body and subject wrap, from one line to three. */
const DOCS: [string, Document][] = [
  ["seed 000", example("bao-cao-6-thang-dau-nam-2024-huyen-van-quan")],
  ["seed 001", example("bao-cao-nam-2019-so-tttt-lang-son")],
  ["seed 004", example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu")],
  [
    "long names",
    withFrame(MINIMAL_REPORT, {
      issuingBody: { name: "SỞ NGOẠI VỤ VÀ HỢP TÁC QUỐC TẾ TỈNH BÀ RỊA - VŨNG TÀU", abbreviation: "SNgV" },
      subject:
        "Báo cáo kết quả thực hiện công tác đối ngoại, hợp tác quốc tế và quản lý đoàn ra, đoàn vào 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 của tỉnh",
    }),
  ],
  ["full report", FULL_REPORT],
];

/**
 * Window widths from a desktop to a small tablet. Below about 480 px the ruled text keeps a
 * readable 9 pt and wraps again, and the rule can no longer follow its longest line in CSS.
 */
const WIDTHS = [1280, 900, 700, 560, 480];

interface RuleMeasure {
  where: string;
  text: string;
  lines: number;
  longestLine: number;
  rule: number;
  gap: number;
}

/** Each ruled text of the page: its longest line, its rule and the gap from the glyphs to the rule. */
function measureRules(p: Page): Promise<RuleMeasure[]> {
  return p.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        ".dng-issuer .dng-ruled, .dng-subject .dng-ruled, .dng-attached .dng-ruled",
      ),
    ].map((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      // One line box per distinct top: its width is the union of its fragments.
      const lines = new Map<number, { left: number; right: number; bottom: number }>();
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const key = Math.round(r.top);
        const line = lines.get(key);
        if (line === undefined) lines.set(key, { left: r.left, right: r.right, bottom: r.bottom });
        else {
          line.left = Math.min(line.left, r.left);
          line.right = Math.max(line.right, r.right);
          line.bottom = Math.max(line.bottom, r.bottom);
        }
      }
      const all = [...lines.values()];
      const after = getComputedStyle(span, "::after");
      const box = span.getBoundingClientRect();
      const ruleTop =
        box.bottom - Number.parseFloat(after.bottom) - Number.parseFloat(after.borderBottomWidth);
      return {
        where: span.parentElement!.className,
        text: span.textContent ?? "",
        lines: all.length,
        longestLine: Math.max(...all.map((l) => l.right - l.left)),
        rule: Number.parseFloat(after.width),
        gap: ruleTop - Math.max(...all.map((l) => l.bottom)),
      };
    }),
  );
}

describe("HTML: the short rules measure 1/3 to 1/2 of their text", () => {
  it.each(WIDTHS)("at a window %i px wide", async (width) => {
    await page.setViewportSize({ width, height: 900 });
    let wrapped = 0;
    for (const [name, doc] of DOCS) {
      await page.setContent(renderHtml(doc));
      await page.evaluate(() => document.fonts.ready);
      const rules = await measureRules(page);
      expect(rules.length, name).toBeGreaterThanOrEqual(2);
      for (const r of rules) {
        const what = `${name} @${width}px ${r.where} (${r.lines} lines): ${r.text.slice(0, 40)}`;
        if (r.lines > 1) wrapped++;
        expect(r.rule / r.longestLine, what).toBeGreaterThanOrEqual(1 / 3);
        expect(r.rule / r.longestLine, what).toBeLessThanOrEqual(1 / 2);
        // Clear of the glyph box of the last line (diacritics below: "ệ", "ạ"): at least 2 pt.
        expect(r.gap, what).toBeGreaterThanOrEqual(2.5);
      }
    }
    // The case that matters: text that wraps.
    expect(wrapped).toBeGreaterThan(0);
  });
});

describe("HTML appendix at narrow widths", () => {
  it.each([360, 480, 800])("cuts no word inside a table cell at %i px (the table scrolls)", async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(renderHtml(FULL_REPORT));
    const cut = await page.evaluate(() => {
      const out: string[] = [];
      for (const cell of document.querySelectorAll<HTMLElement>(".dng-appendix th, .dng-appendix td")) {
        const text = cell.firstChild;
        if (text === null || text.nodeType !== Node.TEXT_NODE) continue;
        const s = text.textContent ?? "";
        for (const m of s.matchAll(/[^\s]+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(cut).toEqual([]);
    const cells = await page.locator(".dng-appendix td").count();
    expect(cells).toBeGreaterThan(0);
  });

  it("numbers a landscape appendix page in print, as the portrait pages", () => {
    const html = renderHtml(FULL_REPORT);
    expect(html).toContain('class="dng-page dng-appendix dng-landscape"');
    expect(html).toMatch(/@page dng-landscape\{[^}]*@top-center\{content:counter\(page\)/);
  });

  it("draws the rule under '(Kèm theo …)' and ends the appendix with './.'", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(renderHtml(MINIMAL_REPORT.appendices?.length ? MINIMAL_REPORT : FULL_REPORT));
    const end = await page
      .locator(".dng-appendix")
      .last()
      .evaluate((s) => {
        const ps = [...s.querySelectorAll("p")];
        return ps.at(-1)?.textContent;
      });
    expect(end).toBe("./.");
    expect(await page.locator(".dng-attached .dng-ruled").count()).toBeGreaterThan(0);
  });
});
