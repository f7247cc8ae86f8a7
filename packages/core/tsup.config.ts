import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    lite: "src/lite.ts",
    "locales/en": "src/locales/en.ts",
    "fixtures/index": "src/fixtures/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  loader: { ".json": "json" },
});
