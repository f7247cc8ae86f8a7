#!/usr/bin/env node
/**
 * Screenshots of the example portal at desktop (1280) and mobile (390) widths, full page.
 *   node tests/browser/screenshot.mjs [--out DIR] [--path /] [--fill]
 * Files: DIR/<page>-desktop.png and DIR/<page>-mobile.png (<page>: "portal" for /, else the path).
 * --fill loads an example document into the report form first. Starts examples/portal/server.mjs itself.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const out = resolve(opt("out", join(ROOT, "out/screenshots")));
const path = opt("path", "/");
const fill = process.argv.includes("--fill");
await mkdir(out, { recursive: true });

const server = spawn(
  process.execPath,
  [join(ROOT, "examples/portal/server.mjs"), "--port", "0", "--fixtures"],
  {
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const base = await new Promise((ok, fail) => {
  let buf = "";
  server.stdout.on("data", (c) => {
    buf += c;
    const m = /(http:\/\/\S+\/)/.exec(buf);
    if (m) ok(m[1]);
  });
  server.once("exit", (code) => fail(new Error(`server.mjs exited with ${code}`)));
});

const profile = await mkdtemp(join(tmpdir(), "doingoai-shot-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  locale: "vi-VN",
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [name, width, height] of [
    ["desktop", 1280, 900],
    ["mobile", 390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(new URL(path, base).href);
    await page
      .waitForFunction(
        () =>
          !document.querySelector("doingoai-document-form") || customElements.get("doingoai-document-form"),
      )
      .catch(() => {});
    if (fill) {
      await page.getByRole("button", { name: "Điền thử" }).first().click();
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(300);
    const page0 = path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "portal";
    const file = join(out, `${page0}-${name}${fill ? "-filled" : ""}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  server.kill("SIGTERM");
}
