/**
 * One output module per source module, ESM and CommonJS (see scripts/build/modules.ts), so that
 * bundlers tree-shake `@doingoai/core/lite` down to what a page uses: `validate` reads the model
 * IR and never imports zod. Declarations: `scripts/build/declarations.mjs` (package `build`).
 */
import { defineConfig } from "tsup";
import { keepModules, moduleEntries } from "../../scripts/build/modules";

export default defineConfig({
  entry: moduleEntries(),
  format: ["esm", "cjs"],
  dts: false,
  clean: true,
  sourcemap: true,
  target: "es2022",
  loader: { ".json": "json" },
  esbuildPlugins: [keepModules],
});
