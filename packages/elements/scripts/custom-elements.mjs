/**
 * Writes `custom-elements.json` (Custom Elements Manifest) with `@custom-elements-manifest/analyzer`
 * and its Lit plugin, from the component classes: types and defaults of properties, attribute ↔
 * property links (`fieldName`), inherited members, and the JSDoc tags of each class (`@tag
 * @summary @attr @event {type} @slot @csspart @cssprop`). Then the files derived from it
 * (scripts/element-types.mjs). Run before each build (package `build`) or by hand:
 * `node scripts/custom-elements.mjs`; `--check` exits 1 when a file is out of date (a test does
 * the same check).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { create, ts } from "@custom-elements-manifest/analyzer";
import { litPlugin } from "@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js";
import { derivedFiles } from "./element-types.mjs";

const PKG = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The source modules the analyzer reads: every component module (tests left out). */
function sources(dir = join(PKG, "src/components")) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
}

/** Paths in the manifest are package-relative without a leading slash. */
function tidy(manifest) {
  const fix = (o) => {
    if (Array.isArray(o)) return o.forEach(fix);
    if (!o || typeof o !== "object") return;
    for (const [k, v] of Object.entries(o)) {
      if ((k === "module" || k === "path") && typeof v === "string") {
        const p = v.replace(/^\//, "");
        o[k] = /\.ts$/.test(p) ? p : `${p}.ts`;
      } else fix(v);
    }
  };
  fix(manifest.modules);
  manifest.readme = "README.md";
  return manifest;
}

export function buildManifest() {
  const modules = sources().map((f) =>
    ts.createSourceFile(
      relative(PKG, f).replaceAll("\\", "/"),
      readFileSync(f, "utf8"),
      ts.ScriptTarget.ES2022,
      true,
    ),
  );
  return tidy(create({ modules, plugins: [...litPlugin()], context: { dev: false } }));
}

export function manifestText(manifest = buildManifest()) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A generated TypeScript or JSON file as the repository's formatter (Biome) writes it. */
function formatted(path, text) {
  const biome = join(PKG, "../../node_modules/.bin/biome");
  const r = spawnSync(biome, ["check", "--write", `--stdin-file-path=${path}`], {
    input: text,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`biome format ${path}: ${r.stderr}`);
  return r.stdout;
}

/** Every generated file (path relative to the package → text). */
export function generatedFiles() {
  const manifest = buildManifest();
  const pkg = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  const derived = Object.entries(derivedFiles(manifest, pkg)).map(([p, t]) => [p, formatted(p, t)]);
  return { "custom-elements.json": manifestText(manifest), ...Object.fromEntries(derived) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, text] of Object.entries(generatedFiles())) {
    const file = join(PKG, path);
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      console.error(`${path} is out of date: run node scripts/custom-elements.mjs`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  if (stale) process.exit(1);
}
