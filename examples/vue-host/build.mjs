/**
 * Build the Vue host into dist/ with esbuild. The page's template is compiled in the browser,
 * so `vue` is aliased to its full build (runtime + compiler). With Vite and single-file
 * components you would use the runtime-only build and set isCustomElement in the plugin.
 *   node build.mjs [--watch]
 */
import { copyFile, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const require = createRequire(import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const options = {
  entryPoints: { main: join(here, "src/main.js") },
  outdir: dist,
  bundle: true,
  format: "esm",
  splitting: true,
  minify: true,
  sourcemap: true,
  target: "es2022",
  chunkNames: "chunks/[name]-[hash]",
  alias: { vue: require.resolve("vue/dist/vue.esm-bundler.js") },
  define: {
    "process.env.NODE_ENV": '"production"',
    __VUE_OPTIONS_API__: "true",
    __VUE_PROD_DEVTOOLS__: "false",
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
  },
  logLevel: "info",
};

await Promise.all(["index.html", "host.css"].map((f) => copyFile(join(here, f), join(dist, f))));
if (process.argv.includes("--watch")) await (await esbuild.context(options)).watch();
else await esbuild.build(options);
