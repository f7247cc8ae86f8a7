// Builds apps/<app>/main.js with one bundler into out/<bundler>/<app>/ (index.html + JS), each as
// a portal would: production mode, minified, browser conditions, code splitting left on.
//   node build.mjs <vite|webpack|esbuild|rollup> <app>
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const [bundler, app] = process.argv.slice(2);
const root = resolve("apps", app);
const out = resolve("out", bundler, app);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const input = join(root, "main.js");

if (bundler === "vite") {
  const { build } = await import("vite");
  await build({
    root,
    logLevel: "warn",
    configFile: false,
    base: "./",
    build: { outDir: out, emptyOutDir: true, target: "es2022", reportCompressedSize: false },
  });
} else {
  cpSync(join(root, "index.html"), join(out, "index.html"));
  if (bundler === "esbuild") {
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: { main: input },
      bundle: true,
      splitting: true,
      format: "esm",
      minify: true,
      platform: "browser",
      target: "es2022",
      outdir: out,
      logLevel: "warning",
      define: { "process.env.NODE_ENV": '"production"' },
    });
  } else if (bundler === "rollup") {
    const { rollup } = await import("rollup");
    const { nodeResolve } = await import("@rollup/plugin-node-resolve");
    const terser = (await import("@rollup/plugin-terser")).default;
    const b = await rollup({ input: { main: input }, plugins: [nodeResolve({ browser: true }), terser()] });
    await b.write({ dir: out, format: "es", entryFileNames: "[name].js" });
    await b.close();
  } else if (bundler === "webpack") {
    const webpack = (await import("webpack")).default;
    const stats = await new Promise((ok, fail) =>
      webpack(
        {
          mode: "production",
          target: ["web", "es2022"],
          entry: { main: input },
          experiments: { outputModule: true },
          output: {
            path: out,
            module: true,
            filename: "[name].js",
            chunkFilename: "[name].[contenthash].js",
            publicPath: "./",
          },
          performance: { hints: false },
        },
        (err, s) => (err ? fail(err) : ok(s)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  } else throw new Error(`unknown bundler ${bundler}`);
}
