/**
 * Build the React host into dist/ with esbuild: one ES module entry (plus the lazily loaded
 * DOCX chunk of @doingoai/elements, split out by esbuild), index.html and host.css.
 *   node build.mjs [--watch]
 */
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const options = {
  entryPoints: { main: join(here, "src/main.tsx") },
  outdir: dist,
  bundle: true,
  format: "esm",
  splitting: true,
  minify: true,
  sourcemap: true,
  target: "es2022",
  jsx: "automatic",
  chunkNames: "chunks/[name]-[hash]",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "info",
};

await Promise.all(["index.html", "host.css"].map((f) => copyFile(join(here, f), join(dist, f))));
if (process.argv.includes("--watch")) await (await esbuild.context(options)).watch();
else await esbuild.build(options);
