/**
 * Build the Vue host into dist/ with Vite and @vitejs/plugin-vue: the SFC is compiled at build
 * time (runtime-only Vue, no `unsafe-eval`), `doingoai-*` tags are custom elements for the
 * template compiler, and the DOCX writer of @doingoai/elements stays a lazily loaded chunk.
 *   node build.mjs [--watch]
 */
import { copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { build } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

await build({
  root: here,
  base: "./",
  configFile: false,
  logLevel: "info",
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("doingoai-") } } }),
  ],
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    watch: process.argv.includes("--watch") ? {} : null,
  },
});
await copyFile(join(here, "host.css"), join(dist, "host.css"));
