import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts", index: "src/index.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  target: "node20",
  banner: ({ format }) => (format === "esm" ? { js: "" } : {}),
  external: ["@doingoai/core", "@doingoai/render"],
});
