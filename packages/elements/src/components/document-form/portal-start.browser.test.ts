/**
 * What the portal gives a new document: its unit's issuing body, parent body, place, signer and
 * recipients (attributes or properties, a new document only: never over a draft or a value it
 * gives), and a report started from a report request (công văn đề nghị báo cáo).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  axe,
  type Browser,
  launch,
  openSection,
  ROOT,
  type Server,
  startServer,
} from "../../../../../tests/browser/helpers";

let server: Server;
let browser: Browser;
let page: Page;

const FORM = "#prefilled";
const KEY = "prefill-test";
const PREFILL = {
  "issuing-body": "UBND XÃ TÂN THANH",
  "parent-body": "UBND TỈNH LẠNG SƠN",
  place: "Tân Thanh",
  "signer-name": "Nguyễn Văn An",
  "signer-title": "CHỦ TỊCH",
  recipients: "Sở Ngoại vụ tỉnh Lạng Sơn; Thường trực Đảng ủy xã",
};
const REQUEST = JSON.parse(
  readFileSync(
    join(
      ROOT,
      "examples/documents/cong-van-de-nghi-bao-cao-6-thang-dau-nam-2026-so-ngoai-vu-quang-ninh.json",
    ),
    "utf8",
  ),
);

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  await page.goto(`${server.url}fixtures/sections.html`);
  await page.evaluate(() => localStorage.clear());
  browser.problems.length = 0;
  return () => page.close();
});

/** A document form with the portal's attributes (`attrs`), then `props` set as properties. */
async function addForm(p: Page, attrs: Record<string, string>, props: Record<string, unknown> = {}) {
  await p.evaluate(
    async ([a, pr, key]) => {
      document.getElementById("prefilled")?.remove();
      const el = document.createElement("doingoai-document-form") as unknown as HTMLElement &
        Record<string, unknown>;
      el.id = "prefilled";
      el.setAttribute("autosave-key", key as string);
      el.setAttribute("no-preview", "");
      for (const [k, v] of Object.entries(a as Record<string, string>)) el.setAttribute(k, v);
      document.querySelector("main")!.append(el);
      await customElements.whenDefined("doingoai-document-form");
      for (const [k, v] of Object.entries(pr as Record<string, unknown>)) el[k] = v;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    },
    [attrs, props, KEY] as const,
  );
}

type Frame = {
  issuingBody?: { name?: string };
  parentBody?: string;
  place?: string;
  subject?: string;
  signature?: { name?: string; title?: string };
  recipients?: { list?: string[]; addressees?: string[] };
  basis?: { citation?: { code?: string } }[];
};
const frame = (p: Page) =>
  p.evaluate(
    (s) =>
      JSON.parse(
        JSON.stringify((document.querySelector(s) as HTMLElement & { value: { frame: Frame } }).value.frame),
      ),
    FORM,
  ) as Promise<Frame>;

describe("prefill from the portal", () => {
  it("a new document takes the attributes; the fields show them", async () => {
    await addForm(page, PREFILL);
    expect(await frame(page)).toMatchObject({
      issuingBody: { name: "UBND XÃ TÂN THANH" },
      parentBody: "UBND TỈNH LẠNG SƠN",
      place: "Tân Thanh",
      signature: { name: "Nguyễn Văn An", title: "CHỦ TỊCH" },
      recipients: { list: ["Sở Ngoại vụ tỉnh Lạng Sơn", "Thường trực Đảng ủy xã"] },
    });
    await openSection(page, FORM, /^Thể thức văn bản$/);
    expect(await page.locator(FORM).locator('[id="f-frame.place"]').inputValue()).toBe("Tân Thanh");
    // Untouched, a prefilled form is no draft.
    await page.waitForTimeout(1200);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(null);
  });

  it("properties set after the form started fill it while it is untouched", async () => {
    await addForm(page, {}, { place: "Đồng Đăng", recipients: ["Như trên"], signerName: "Lê Thị Bình" });
    expect(await frame(page)).toMatchObject({
      place: "Đồng Đăng",
      signature: { name: "Lê Thị Bình" },
      recipients: { list: ["Như trên"] },
    });
  });

  it("never over a value the portal gives, nor over a draft", async () => {
    await addForm(page, PREFILL, {
      value: { kind: "report", frame: { issuingBody: { name: "UBND PHƯỜNG KỲ LỪA" } } },
    });
    const given = await frame(page);
    expect(given.issuingBody?.name).toBe("UBND PHƯỜNG KỲ LỪA");
    expect(given.place).toBeUndefined();
    expect(given.signature?.name).toBeUndefined();

    // A draft: the clerk changed the place; the form opened again with the prefill keeps hers.
    await addForm(page, PREFILL);
    await openSection(page, FORM, /^Thể thức văn bản$/);
    const place = page.locator(FORM).locator('[id="f-frame.place"]');
    await place.fill("Xã Tân Thanh mới");
    await expect
      .poll(
        async () =>
          JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? "{}")?.value?.frame?.place,
        {
          timeout: 15_000,
        },
      )
      .toBe("Xã Tân Thanh mới");
    await addForm(page, PREFILL);
    await expect.poll(async () => (await frame(page)).place).toBe("Xã Tân Thanh mới");
    expect(browser.problems).toEqual([]);
  });
});

describe("a report started from a report request", () => {
  it("the task list offers it; the period, basis, recipients and requested areas are filled in", async () => {
    await addForm(page, PREFILL, { request: REQUEST });
    const form = page.locator(FORM);
    const offer = form.getByRole("group", { name: /Công văn đề nghị báo cáo số 412\/SNgV-VP/ });
    expect(await offer.count()).toBe(1);
    expect(await axe(page, FORM)).toEqual([]);
    const started = page.evaluate(
      (s) =>
        new Promise<string>((ok) =>
          document
            .querySelector(s)!
            .addEventListener("doingoai-start-request", (e) =>
              ok(String((e as CustomEvent).detail.request.frame.symbol)),
            ),
        ),
      FORM,
    );
    await offer.getByRole("button", { name: "Bắt đầu báo cáo theo công văn này" }).click();
    expect(await started).toBe("SNgV-VP");
    // Used: not offered again (a second click would start over what the clerk then types).
    await expect.poll(() => offer.count()).toBe(0);
    const value = await page.evaluate(
      (s) =>
        JSON.parse(JSON.stringify((document.querySelector(s) as HTMLElement & { value: unknown }).value)),
      FORM,
    );
    expect(value.kind).toBe("report");
    expect(value.body.period).toMatchObject({ from: "2026-01-01", to: "2026-06-30" });
    expect(Object.keys(value.body.areas)).toHaveLength(13);
    expect(value.frame.basis[0].citation.code).toBe("412/SNgV-VP");
    // Addressed to the requesting body; the portal's unit, place, signer and recipients kept.
    expect(value.frame.recipients.addressees).toEqual(["Sở ngoại vụ"]);
    expect(value.frame.recipients.list).toEqual([
      "Sở ngoại vụ",
      "Sở Ngoại vụ tỉnh Lạng Sơn",
      "Thường trực Đảng ủy xã",
    ]);
    expect(value.frame).toMatchObject({
      issuingBody: { name: "UBND XÃ TÂN THANH" },
      place: "Tân Thanh",
      signature: { name: "Nguyễn Văn An", title: "CHỦ TỊCH" },
    });
    // By the method too; anything else is refused and changes nothing.
    const refused = await page.evaluate(
      (s) =>
        (
          document.querySelector(s) as HTMLElement & { startFromRequest(r: unknown): boolean }
        ).startFromRequest({ kind: "report" }),
      FORM,
    );
    expect(refused).toBe(false);
    expect(browser.problems).toEqual([]);
  });
});
