import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn worker threads, python3 and tmux and often wait on them: three files at a time
    // keep a 2-core box busy (206 s with two, 183 s with three, measured side by side on this machine).
    maxWorkers: 3,
  },
});
