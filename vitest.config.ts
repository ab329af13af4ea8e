import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn worker threads, python3 and tmux; two files at a time keeps a 2-core box responsive.
    maxWorkers: 2,
  },
});
