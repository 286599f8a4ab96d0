import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Both cores: the heaviest tests spend most of their time in child processes (tsc, generate),
    // so one worker leaves a core idle. Timeouts stay at least five times a test's time under this load.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
