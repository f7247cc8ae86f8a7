/**
 * Browser tests: playwright-core drives Debian's Chromium against examples/portal/server.mjs.
 * Run after `pnpm build`:  pnpm exec vitest run --config tests/browser/vitest.config.ts
 * Node environment (the tests are Node code driving a real browser, not code run in it).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    name: "browser",
    environment: "node",
    // Beside these, each component keeps its own browser tests in its folder (`*.browser.test.ts`).
    include: ["tests/browser/**/*.test.ts", "packages/*/src/**/*.browser.test.ts"],
    // One Chromium at a time: the machines have 2 cores, and timings (keyboard, autosave) stay stable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
