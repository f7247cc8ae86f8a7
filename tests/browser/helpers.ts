/**
 * Shared plumbing of the browser tests: Debian's Chromium through playwright-core, the example
 * server (examples/portal/server.mjs) on a free port, the built core, and shadow-DOM-aware focus probes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { type ExampleName, example } from "@doingoai/core/fixtures";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export { CHROMIUM, CHROMIUM_ARGS };

/** The elements build under test (DOINGOAI_ELEMENTS_DIST overrides it, for the server too). */
export const BUNDLE = join(
  resolve(ROOT, process.env.DOINGOAI_ELEMENTS_DIST ?? "packages/elements/dist"),
  "doingoai-elements.min.js",
);
export const CORE = join(ROOT, "packages/core/dist/index.js");

/** Fail (never skip) when the browser or the builds are missing, saying how to get them. */
export function requirePrerequisites(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser tests need Debian's Chromium. ` +
        "Install it with: apt-get install -y chromium",
    );
  for (const [file, what] of [
    [BUNDLE, "@doingoai/elements (packages/elements/dist/doingoai-elements.min.js)"],
    [CORE, "@doingoai/core (packages/core/dist/index.js)"],
  ] as const)
    if (!existsSync(file)) throw new Error(`${what} is not built: run \`pnpm build\` first.`);
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Start examples/portal/server.mjs on a free port (with the test fixtures mounted at /fixtures/). */
export async function startServer(): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, "examples/portal/server.mjs"), "--port", "0", "--fixtures"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (c) => {
    stderr += c;
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = "";
    const timer = setTimeout(
      () => fail(new Error(`server.mjs did not start in 15 s.\n${out}\n${stderr}`)),
      15_000,
    );
    child.stdout?.on("data", (c) => {
      out += c;
      const m = /Cổng thông tin mẫu: (http:\/\/\S+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server.mjs exited with ${code}.\n${out}\n${stderr}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once("exit", () => ok());
        child.kill("SIGTERM");
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Page errors and console errors/warnings seen on any page, in order. */
  problems: string[];
  warnings: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile. */
export async function launch(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Browser> {
  requirePrerequisites();
  const dir = await mkdtemp(join(tmpdir(), "doingoai-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    locale: options.locale ?? "vi-VN",
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  const warnings: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      // A failed load is reported with its URL by the "response" listener below.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
        problems.push(`console.error: ${m.text()}`);
      if (m.type() === "warning") warnings.push(m.text());
    });
    page.on("response", (r) => {
      // 422 is the server's answer to an invalid submission, not a failure of the page.
      if (r.status() >= 400 && r.status() !== 422) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on("requestfailed", (r) => {
      if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? ""))
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
  };
  for (const p of context.pages()) watch(p);
  context.on("page", watch);
  return {
    context,
    problems,
    warnings,
    async newPage() {
      const existing = context.pages().find((p) => p.url() === "about:blank");
      return existing ?? context.newPage();
    },
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the tags are defined and the element has rendered (page errors are reported). */
export async function ready(page: Page, selector = "doingoai-document-form"): Promise<void> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on("pageerror", onError);
  try {
    await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel) as HTMLElement | null;
        return !!el && !!customElements.get(el.localName) && !!el.shadowRoot?.querySelector("*");
      },
      selector,
      { timeout: 15_000 },
    );
  } catch (e) {
    throw new Error(
      `${selector} did not render in 15 s on ${page.url()}${errors.length ? `; page errors: ${errors.join(" | ")}` : ""}`,
      { cause: e },
    );
  } finally {
    page.off("pageerror", onError);
  }
  await page.evaluate(async (sel) => {
    const el = document.querySelector(sel) as HTMLElement & { updateComplete?: Promise<unknown> };
    await el.updateComplete;
  }, selector);
}

/**
 * A new page of the portal with no draft left from an earlier test: opened, local storage
 * cleared, reloaded, `selector` ready; the browser's collected problems reset.
 */
export async function freshPortalPage(
  browser: Browser,
  server: Server,
  selector = "doingoai-document-form",
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page, selector);
  browser.problems.length = 0;
  return page;
}

/**
 * The usual setup of a test file on the portal: one server and one browser for the file, a fresh
 * page (`freshPortalPage`) for each test, closed after it; `use` gets them before each test.
 */
export function usePortalPage(
  selector: string | undefined,
  use: (t: { server: Server; browser: Browser; page: Page }) => void,
): void {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    const page = await freshPortalPage(browser!, server!, selector);
    use({ server: server!, browser: browser!, page });
    return () => page.close();
  });
}

/** Give the form `selector` a document as a host page does (`el.value = doc`), once rendered. */
export async function setFormValue(page: Page, selector: string, doc: unknown): Promise<void> {
  await page.evaluate(
    async ([s, d]) => {
      const el = document.querySelector(s as string) as HTMLElement & {
        value: unknown;
        updateComplete?: Promise<unknown>;
      };
      el.value = d;
      await el.updateComplete;
    },
    [selector, doc] as const,
  );
}

/** The value at a dotted `path` of the document the form `selector` holds (as JSON, null when absent). */
export function formValueAt(page: Page, selector: string, path: string): Promise<unknown> {
  return page.evaluate(
    ([sel, key]) => {
      let cur: unknown = (document.querySelector(sel!) as HTMLElement & { value: unknown }).value;
      for (const k of key!.split("."))
        cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[k] : undefined;
      return JSON.parse(JSON.stringify(cur ?? null));
    },
    [selector, path] as const,
  );
}

export interface Focused {
  tag: string;
  id: string;
  type: string | null;
  role: string | null;
  name: string;
  text: string;
  checked: boolean | null;
  /** `part` names of the element and its ancestors, across shadow roots, nearest first. */
  parts: string[];
  /** Custom element hosts around it, nearest first. */
  hosts: string[];
  isField: boolean;
}

/** The element that really has focus, through shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a)
      return {
        tag: "",
        id: "",
        type: null,
        role: null,
        name: "",
        text: "",
        checked: null,
        parts: [],
        hosts: [],
        isField: false,
      };
    const parts: string[] = [];
    const hosts: string[] = [];
    let n: Node | null = a;
    while (n) {
      if (n instanceof Element) {
        const p = n.getAttribute("part");
        if (p) parts.push(...p.split(/\s+/));
      }
      if (n instanceof ShadowRoot) {
        hosts.push(n.host.localName);
        n = n.host;
      } else n = n.parentNode;
    }
    const control = a as HTMLInputElement;
    const root = a.getRootNode() as Document | ShadowRoot;
    const labelledBy = a.getAttribute("aria-labelledby");
    const name =
      a.getAttribute("aria-label") ??
      (labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => root.getElementById?.(id)?.textContent ?? "")
            .join(" ")
        : null) ??
      (control.labels?.length ? [...control.labels].map((l) => l.textContent).join(" ") : null) ??
      a.textContent ??
      "";
    const role = a.getAttribute("role");
    return {
      tag: a.localName,
      id: a.id,
      type: control.type ?? null,
      role,
      name: name.replace(/\s+/g, " ").trim(),
      text: (a.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 120),
      checked: typeof control.checked === "boolean" ? control.checked : null,
      parts,
      hosts,
      isField:
        ["input", "select", "textarea"].includes(a.localName) ||
        (a as HTMLElement).isContentEditable ||
        ["textbox", "combobox", "radio", "checkbox", "spinbutton", "switch", "listbox"].includes(role ?? ""),
    };
  });
}

/**
 * Press Tab until the focused element satisfies `pred` (keyboard only: nothing is clicked).
 * Returns the focused element or throws, listing what focus went through.
 */
export async function tabTo(
  page: Page,
  pred: (f: Focused) => boolean,
  what: string,
  { max = 150, back = false }: { max?: number; back?: boolean } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (pred(f)) return f;
    seen.push(
      `${f.tag}${f.type ? `[${f.type}]` : ""}${f.role ? `(${f.role})` : ""} “${f.name.slice(0, 50)}”`,
    );
  }
  throw new Error(
    `${back ? "Shift+Tab" : "Tab"} never reached ${what}. Focus went through:\n  ${seen.join("\n  ")}`,
  );
}

/** Run axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices) and give the violations readably. */
export async function axe(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
  ]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`)
        .join("\n")}`,
  );
}

/** A fresh copy of an example document, through the one loader (`@doingoai/core/fixtures`). */
export async function exampleDocument(name: ExampleName): Promise<Record<string, unknown>> {
  return example(name) as unknown as Record<string, unknown>;
}

/** Open a section of a document form from its task list (a click, for tests not about keyboard). */
export async function openSection(page: Page, form: string, title: RegExp): Promise<void> {
  const el = page.locator(form);
  const back = el.getByRole("link", { name: /Quay lại danh sách phần|Back to all sections/ });
  if (await back.count()) await back.first().click();
  const heading = ([sel, not]: readonly [string, string | null]) => {
    const h = (document.querySelector(sel) as HTMLElement).shadowRoot?.getElementById("view-heading");
    return h && h.textContent !== not ? h.textContent : null;
  };
  const list = await (await page.waitForFunction(heading, [form, null] as const)).jsonValue();
  await el.locator('[part~="task-list"]').getByRole("link", { name: title }).first().click();
  // The section's own heading (the task list has one too).
  await page.waitForFunction(heading, [form, list] as const);
}
