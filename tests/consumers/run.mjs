#!/usr/bin/env node
// The packages as npm users get them. Packs every package (`pnpm pack`), installs the tarballs
// into a fresh project (tests/consumers/project, copied to a temp dir; pinned tool versions from
// the npm registry) and checks, from the tarballs only:
//   - Node ESM and CommonJS (node/esm.mjs, node/cjs.cjs);
//   - TypeScript `node16` and `bundler` resolution with skipLibCheck: false (ts/*), React 19 TSX
//     and Vue SFC use of the elements (ts/react, ts/vue), `kind="not-a-kind"` a type error;
//   - Vite, webpack, esbuild and rollup builds of apps/lite (validate from core/lite), apps/main
//     (the main entries) and apps/form (<doingoai-document-form>), each run in Chromium: English
//     messages work; no zod in the lite and form builds (zod marker "$ZodType"); in the form
//     builds, validation and the pasted-rows code load on first use (LAZY_MARKERS); sizes
//     (gzip -9) of the JavaScript loaded with the page;
//   - publint (strict) and @arethetypeswrong/cli on every tarball.
// Run after `pnpm build`:  node tests/consumers/run.mjs [--only=builds,node,ts,lint] [--keep]
// Prints one line per check and "consumers: N passed, N failed"; writes the figures to
// node_modules/.cache/consumers.json (read by `pnpm bench`). Exit 1 on any failure.
import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (part) => !only || only.includes(part);
const keep = args.includes("--keep");

export const PACKAGES = ["core", "render", "elements", "cli"];
export const BUNDLERS = ["vite", "webpack", "esbuild", "rollup"];
export const APPS = ["lite", "main", "form"];
/** Budgets of the JavaScript loaded with the page, gzip -9, in bytes (figures in `pnpm bench`). */
export const BUDGETS = { lite: 22 * 1024, main: 110 * 1024, form: 55 * 1024 };
const ZOD_MARKER = "$ZodType";
/**
 * Code the form loads on first use, never with the page, found by a literal of its own: core's
 * validation (an issue code only `validate` writes) and the reading of a table pasted into rows.
 */
export const LAZY_MARKERS = { validation: "document.too-many-issues", "pasted rows": '"td, th"' };

const results = [];
/** Run a check (sync or async); prints ✓ or ✗ with its time and detail. */
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name}${detail ? ` — ${detail}` : ""} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(
      `✗ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n${String(e?.stdout ?? "")}${String(e?.stderr ?? "")}${e?.message ?? e}`.trimEnd(),
    );
  }
}
const checkAsync = check;
const run = (cmd, argv, cwd) =>
  execFileSync(cmd, argv, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
/** The same, without blocking: several tools run side by side (`pool`). */
const runAsync = (cmd, argv, cwd) =>
  new Promise((ok, fail) =>
    execFile(cmd, argv, { cwd, encoding: "utf8", maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      err ? fail(Object.assign(err, { stdout, stderr })) : ok(stdout),
    ),
  );
/** Run async tasks `jobs` at a time (DOINGOAI_CONSUMER_JOBS, default 2: the CI machine's cores). */
async function pool(tasks, jobs = Number(process.env.DOINGOAI_CONSUMER_JOBS) || 2) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (queue.length) await queue.shift()();
    }),
  );
}

// 1. Pack.
const work = mkdtempSync(join(tmpdir(), "doingoai-consumers-"));
const tarballs = join(work, "tarballs");
mkdirSync(tarballs);
for (const p of PACKAGES) {
  if (!existsSync(join(root, "packages", p, "dist"))) {
    console.error(`packages/${p}/dist is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
  run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", p));
}
const tgz = Object.fromEntries(
  readdirSync(tarballs).map((f) => [`@doingoai/${/^doingoai-(\w+)-/.exec(f)[1]}`, join(tarballs, f)]),
);

// 2. A fresh project with the tarballs.
const app = join(work, "project");
cpSync(join(here, "project"), app, { recursive: true });
const pkgFile = join(app, "package.json");
const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
for (const name of Object.keys(pkg.dependencies)) pkg.dependencies[name] = `file:${tgz[name]}`;
writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
await check("npm install of the tarballs", () => {
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app);
  // Every @doingoai package is the packed one (none fetched from the registry).
  for (const name of Object.keys(tgz)) {
    const v = JSON.parse(readFileSync(join(app, "node_modules", name, "package.json"), "utf8")).version;
    if (!v) throw new Error(`${name} not installed`);
  }
});

// 3. Node.
if (want("node")) {
  await check("Node ESM", () => run("node", ["node/esm.mjs"], app).trim());
  await check("Node CommonJS", () => run("node", ["node/cjs.cjs"], app).trim());
}

// 4–6. TypeScript, publint and attw, bundler builds: side by side.
const tasks = [];
if (want("ts")) {
  for (const dir of readdirSync(join(app, "ts"))) {
    const tool = dir === "vue" ? "vue-tsc" : "tsc";
    tasks.push(() =>
      check(`TypeScript ${dir} (${tool}, skipLibCheck false)`, async () => {
        const out = await runAsync(
          join(app, "node_modules/.bin", tool),
          ["-p", join("ts", dir), "--extendedDiagnostics"],
          app,
        );
        const figure = (name) => new RegExp(`^${name}:\\s+(\\S+)`, "m").exec(out)?.[1];
        return `${figure("Types")} types, ${figure("Memory used")} memory`;
      }),
    );
  }
}
if (want("lint")) {
  for (const [name, file] of Object.entries(tgz)) {
    tasks.push(() =>
      check(`publint ${name}`, async () => {
        const out = await runAsync(
          join(app, "node_modules/.bin/publint"),
          ["--strict", join("node_modules", name)],
          app,
        );
        if (!/All good/i.test(out)) throw new Error(out);
      }),
    );
    // The CLI is ESM only (a command, not a library). The elements' `./bundle` is the browser
    // bundle, ESM by nature: from CommonJS it is `import()` only, which attw reports as a rule.
    const profile =
      name === "@doingoai/cli"
        ? ["--profile", "esm-only"]
        : name === "@doingoai/elements"
          ? ["--ignore-rules", "cjs-resolves-to-esm"]
          : [];
    tasks.push(() =>
      check(`attw ${name}`, async () =>
        (
          await runAsync(
            join(app, "node_modules/.bin/attw"),
            [file, "--format", "table-flipped", ...profile],
            app,
          )
        )
          .split("\n")
          .find((l) => /No problems found/.test(l))
          ?.trim(),
      ),
    );
  }
}
const sizes = {};
if (want("builds"))
  for (const b of BUNDLERS)
    for (const a of APPS)
      tasks.push(() =>
        check(`${b} build of apps/${a}`, async () => void (await runAsync("node", ["build.mjs", b, a], app))),
      );
await pool(tasks);

// 7. The builds in Chromium.
if (want("builds")) {
  const out = join(app, "out");
  const server = createServer((req, res) => {
    const file = join(out, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
    const type = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" }[extname(file)];
    res.writeHead(200, { "content-type": `${type ?? "application/octet-stream"}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const VI = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  for (const b of BUNDLERS)
    for (const a of APPS) {
      const dir = join(out, b, a);
      if (!existsSync(join(dir, "index.html"))) continue;
      const size = initialSize(dir);
      sizes[`${b}/${a}`] = size;
      await checkAsync(`${b} apps/${a} in Chromium`, async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        try {
          await page.goto(`${base}/${b}/${a}/index.html`);
          let r;
          if (a === "form") {
            await page.waitForFunction(
              () =>
                document
                  .querySelector("doingoai-document-form")
                  ?.shadowRoot?.textContent?.includes("Sections of the document"),
              undefined,
              { timeout: 15000 },
            );
            r = await page.evaluate(() => ({
              messages: document
                .querySelector("doingoai-document-form")
                .validate()
                .map((i) => i.message),
            }));
          } else {
            await page.waitForFunction(() => window.__result, undefined, { timeout: 15000 });
            r = await page.evaluate(() => window.__result);
          }
          if (errors.length) throw new Error(errors.join("\n"));
          if (a !== "form" && !/^A document must be a JSON object/.test(r.english))
            throw new Error(`not English: ${r.english}`);
          if (a === "lite" && !/^Văn bản phải là một đối tượng JSON/.test(r.before))
            throw new Error(`before registration: ${r.before}`);
          if (!r.messages.length || r.messages.some((m) => VI.test(m)))
            throw new Error(`messages not in English: ${r.messages.slice(0, 3).join(" | ")}`);
          if (a === "main" && !(r.zodParses && r.html > 1000 && r.label === "Members of the delegation"))
            throw new Error(JSON.stringify(r));
          const zod = size.files.filter((f) => f.zod).map((f) => f.file);
          if (a === "main" && !zod.length)
            throw new Error(`zod marker ${ZOD_MARKER} not found in the main build: the marker is stale`);
          if (a !== "main" && zod.length) throw new Error(`zod in ${zod.join(", ")}`);
          if (a === "form") {
            const early = Object.entries(LAZY_MARKERS).flatMap(([what, marker]) =>
              size.files
                .filter((f) => f.initial && f.markers.includes(marker))
                .map((f) => `${what} in ${f.file}`),
            );
            if (early.length) throw new Error(`loaded with the page: ${early.join(", ")}`);
          }
          return `English ok, ${(size.initial / 1024).toFixed(1)} KB gzip with the page (budget ${BUDGETS[a] / 1024} KB), ${(size.lazy / 1024).toFixed(1)} KB lazy${a === "main" ? "" : ", no zod"}${a === "form" ? ", validation and pasted rows lazy" : ""}`;
        } finally {
          await page.close();
        }
      });
    }
  await browser.close();
  server.close();
}

/** The JS files of a build: loaded with the page (entry + static imports) or lazily; gzip -9 sizes. */
function initialSize(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => resolve(dir, m[1]));
  const all = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".js")) all.push(join(d, e.name));
  };
  walk(dir);
  const initial = new Set();
  const queue = [...entries];
  while (queue.length) {
    const f = queue.shift();
    if (initial.has(f) || !existsSync(f)) continue;
    initial.add(f);
    const code = readFileSync(f, "utf8");
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g))
      queue.push(resolve(dirname(f), m[1]));
  }
  const files = all.map((f) => {
    const code = readFileSync(f);
    return {
      file: relative(dir, f),
      gzip: gzipSync(code, { level: 9 }).length,
      initial: initial.has(f),
      zod: code.includes(ZOD_MARKER),
      markers: Object.values(LAZY_MARKERS).filter((m) => code.includes(m)),
    };
  });
  const sum = (xs) => xs.reduce((n, f) => n + f.gzip, 0);
  return { initial: sum(files.filter((f) => f.initial)), lazy: sum(files.filter((f) => !f.initial)), files };
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const cache = join(root, "node_modules/.cache");
mkdirSync(cache, { recursive: true });
writeFileSync(
  join(cache, "consumers.json"),
  JSON.stringify({ date: new Date().toISOString(), budgets: BUDGETS, sizes, passed, failed }, null, 2),
);
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
