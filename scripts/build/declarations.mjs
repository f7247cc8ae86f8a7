// Declarations of a package, one `.d.ts` per source module (run from the package directory after
// tsup): `tsc -p tsconfig.build.json` writes them into dist/, then every relative specifier gets
// the file Node resolves (`./x.js`, `./dir/index.js`), and each `.d.ts` gets a `.d.cts` twin that
// points at `.cjs` files, for the `require` condition of `exports` (checked by attw). Before that,
// repeated schema types become `typeof Name` (dedupe-declarations.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { dedupeDeclarations } from "./dedupe-declarations.mjs";

const dist = resolve("dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

function* files(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (p.endsWith(".d.ts")) yield p;
  }
}

const saved = dedupeDeclarations([...files(dist)]);
if (saved > 0)
  console.log(`declarations: ${(saved / 1024).toFixed(0)} KB of repeated schema types replaced by typeof`);

const SPEC = /((?:from|import)\s*\(?\s*["'])(\.\.?(?:\/[^"']*)?)(["'])/g;
for (const file of files(dist)) {
  const dir = dirname(file);
  const src = readFileSync(file, "utf8");
  const target = (spec) => {
    const base = resolve(dir, spec);
    if (existsSync(`${base}.d.ts`)) return spec;
    if (existsSync(base) && statSync(base).isDirectory() && existsSync(join(base, "index.d.ts")))
      return `${spec.replace(/\/$/, "")}/index`;
    if (/\.(js|json)$/.test(spec)) return undefined;
    throw new Error(`${file}: cannot resolve ${spec}`);
  };
  const rewrite = (ext) =>
    src.replace(SPEC, (all, a, spec, b) => {
      const t = target(spec);
      return t === undefined ? all : `${a}${t}${ext}${b}`;
    });
  writeFileSync(file, rewrite(".js"));
  writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), rewrite(".cjs"));
}
