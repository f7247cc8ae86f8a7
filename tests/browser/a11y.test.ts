/**
 * axe-core: no violations on the portal page, on every section of every kind of document in the
 * document form (and its check page), and on every section form of every kind. The sections come
 * from `sectionsOf` (the task list's own table), so a new section is checked without a test edit.
 */
import type { ExampleName } from "@doingoai/core/fixtures";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "../../packages/elements/src/model/constants";
import { sectionsOf } from "../../packages/elements/src/model/sections";
import { axe, type Browser, exampleDocument, launch, ready, type Server, startServer } from "./helpers";

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("axe on the portal page", () => {
  it("empty report form: 0 violations", async () => {
    await page.goto(server.url);
    await ready(page);
    expect(await axe(page)).toEqual([]);
  });

  it("report form filled with an example: 0 violations", async () => {
    await page.evaluate(
      async (doc) => {
        const el = document.querySelector("#form-bao-cao doingoai-document-form") as HTMLElement & {
          value: unknown;
          updateComplete?: Promise<unknown>;
        };
        el.value = doc;
        await el.updateComplete;
      },
      await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu"),
    );
    expect(await axe(page)).toEqual([]);
  });

  it("after a submit with errors (error summary shown): 0 violations", async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });

  it("plan tab: 0 violations", async () => {
    await page.goto(new URL("/#ke-hoach", server.url).href);
    await ready(page, "#form-ke-hoach doingoai-document-form");
    expect(await axe(page)).toEqual([]);
  });
});

type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const EXAMPLES: Record<DocumentKind, ExampleName> = {
  report: "bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu",
  plan: "ke-hoach-2024-xa-binh-thanh",
  "conclusion-notice": "thong-bao-ket-luan-2024-ubnd-tinh-lang-son",
};
const ids = (kind: DocumentKind) => sectionsOf(kind).map((s) => s.id);
const EVERY = DOCUMENT_KINDS.flatMap((kind) => ids(kind).map((id) => [kind, id] as const));

type DocForm = HTMLElement & {
  value: unknown;
  noPreview: boolean;
  updateComplete: Promise<unknown>;
  show(view: string): Promise<void>;
};

describe.each(DOCUMENT_KINDS)(
  "axe on every section of a %s in the document form (its example in it)",
  (kind) => {
    beforeAll(async () => {
      await page.goto(new URL(`/fixtures/document.html?kind=${kind}`, server.url).href);
      await page.evaluate(() => localStorage.clear());
      await ready(page);
      const doc = await exampleDocument(EXAMPLES[kind]);
      expect(doc.kind).toBe(kind);
      await page.evaluate(async (d) => {
        const el = document.querySelector("doingoai-document-form") as DocForm;
        el.value = d;
        await el.updateComplete;
      }, doc);
    });

    it("the task list with the live preview: 0 violations", async () => {
      await page.waitForFunction(() =>
        document
          .querySelector("doingoai-document-form")
          ?.shadowRoot?.querySelector("doingoai-preview")
          ?.shadowRoot?.querySelector(".sheet"),
      );
      expect(await axe(page)).toEqual([]);
      // The preview is the same for every section: the sections are checked without it.
      await page.evaluate(async () => {
        const el = document.querySelector("doingoai-document-form") as DocForm;
        el.noPreview = true;
        await el.updateComplete;
      });
    });

    it.each([...ids(kind), "check"])(
      "%s: 0 violations",
      async (view) => {
        const heading = await page.evaluate(async (v) => {
          const el = document.querySelector("doingoai-document-form") as DocForm;
          await el.show(v);
          return el.shadowRoot?.getElementById("view-heading")?.textContent ?? "";
        }, view);
        expect(heading, `${kind} › ${view} has no heading`).not.toBe("");
        expect(await axe(page)).toEqual([]);
      },
      180_000,
    ); // a plan's content, a notice's tasks: thousands of nodes for axe
  },
);

describe("axe on every section form of every kind (tests/browser/fixtures/sections.html)", () => {
  it.each(EVERY)("%s › %s: 0 violations", async (kind, section) => {
    await page.goto(
      new URL(`/fixtures/sections.html?kind=${kind}&section=${encodeURIComponent(section)}`, server.url).href,
    );
    await ready(page, "doingoai-section-form");
    const text = await page.evaluate(
      () => document.querySelector("doingoai-section-form")?.shadowRoot?.textContent ?? "",
    );
    expect(text).not.toMatch(/Không có phần/);
    expect(await axe(page)).toEqual([]);
  });

  it.each(DOCUMENT_KINDS)("%s: all its sections on one page: 0 violations", async (kind) => {
    await page.goto(
      new URL(`/fixtures/sections.html?kind=${kind}&sections=${ids(kind).join(",")}`, server.url).href,
    );
    await ready(page, "doingoai-section-form");
    await page.waitForFunction((n) => {
      const all = [...document.querySelectorAll("doingoai-section-form")];
      return all.length === n && all.every((e) => e.shadowRoot?.childNodes.length);
    }, ids(kind).length);
    expect(await axe(page)).toEqual([]);
  });
});
