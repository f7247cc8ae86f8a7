/** One output module per source module, ESM and CommonJS (see scripts/build/modules.ts). */
import { defineConfig } from "tsup";
import { keepModules, moduleEntries } from "../../scripts/build/modules";

export default defineConfig({
  entry: moduleEntries(),
  format: ["esm", "cjs"],
  dts: false,
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: [/^@doingoai\//, "docx", "fflate"],
  esbuildPlugins: [keepModules],
});
