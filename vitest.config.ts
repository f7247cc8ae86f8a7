import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@doingoai/source"] },
  ssr: { resolve: { conditions: ["@doingoai/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "tests/browser/**", "**/*.browser.test.ts"],
    testTimeout: 20000,
  },
});
