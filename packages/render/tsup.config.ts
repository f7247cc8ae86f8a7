import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "html/index": "src/html/index.ts", "docx/index": "src/docx/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  external: ["@doingoai/core", "docx", "fflate"],
});
