/**
 * Hostile text in every kind of text field of a document, rendered to HTML (standalone page and
 * embedded fragment) and opened in Chromium: nothing runs — no dialog, no script side effect,
 * no navigation — and the text is shown as text.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExampleName } from "@doingoai/core/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, exampleDocument, launch, ROOT } from "./helpers";

const RENDER = join(ROOT, "packages/render/dist/index.js");
const PAYLOADS = [
  `<script>window.__pwned=1</script>`,
  `"><img src=x onerror="window.__pwned=2">`,
  `'><svg onload="window.__pwned=3">`,
  `javascript:window.__pwned=4`,
  `<a href="javascript:window.__pwned=5">bấm</a>`,
  `</style><script>window.__pwned=6</script>`,
  `<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>`,
];

/** Put a payload into every string of the document (keeping it valid). */
function poison(node: unknown, i = { n: 0 }): unknown {
  if (typeof node === "string") return `${node} ${PAYLOADS[i.n++ % PAYLOADS.length]}`;
  if (Array.isArray(node)) return node.map((x) => poison(x, i));
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      // Structural strings (enums, ids, dates, codes) must stay valid; text gets the payloads.
      const structural =
        /^(kind|answer|schemaVersion|status|authority|direction|verb|dateStyle|qualifier|currency|span|part|type|area|areas|key|id|symbol|abbreviation|code|date|from|to|signedOn|since|rateDate|signedAt|marker|level|urgency|variant|frequencies|number)$/;
      out[k] = structural.test(k) ? v : poison(v, i);
    }
    return out;
  }
  return node;
}

let browser: Browser;
let render: {
  renderHtml(doc: unknown): string;
  renderHtmlFragment(doc: unknown): string;
};

beforeAll(async () => {
  if (!existsSync(RENDER)) throw new Error("@doingoai/render is not built: run `pnpm build` first.");
  render = await import(pathToFileURL(RENDER).href);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("hostile text in the rendered HTML never runs", () => {
  it.each<ExampleName>([
    "bao-cao-nam-2019-so-tttt-lang-son",
    "thong-bao-ket-luan-2024-ubnd-tinh-lang-son",
    "ke-hoach-2024-xa-binh-thanh",
  ])(
    "%s, standalone page and fragment",
    async (name) => {
      const doc = poison(await exampleDocument(name));
      const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
      const checked = core.validate(doc);
      expect(checked.issues.filter((x: { severity: string }) => x.severity === "error")).toEqual([]);
      for (const html of [
        render.renderHtml(checked.value),
        `<!doctype html><html lang="vi"><body><main>${render.renderHtmlFragment(checked.value)}</main></body></html>`,
      ]) {
        const page = await browser.newPage();
        let dialogs = 0;
        page.on("dialog", async (d) => {
          dialogs++;
          await d.dismiss();
        });
        await page.setContent(html, { waitUntil: "load" });
        await page.waitForTimeout(200);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          scripts: document.querySelectorAll("script").length,
          handlers: [...document.querySelectorAll("*")].filter((e) =>
            [...e.attributes].some((a) => a.name.startsWith("on")),
          ).length,
          jsLinks: [...document.querySelectorAll("[href],[src]")].filter((e) =>
            /^\s*javascript:/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? ""),
          ).length,
          iframes: document.querySelectorAll("iframe").length,
          text: document.body.innerText,
        }));
        expect(state.pwned).toBeUndefined();
        expect(dialogs).toBe(0);
        expect(state.scripts).toBe(0);
        expect(state.handlers).toBe(0);
        expect(state.jsLinks).toBe(0);
        expect(state.iframes).toBe(0);
        expect(state.text).toContain("<script>window.__pwned=1</script>"); // shown as text
        expect(page.url()).toBe("about:blank");
        await page.close();
      }
    },
    60_000,
  );
});
