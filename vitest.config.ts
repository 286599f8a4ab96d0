import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * vitest's order (longest first by the last run's durations; without them, as found), with the
 * scale tests first always: the whole-API test is the longest by far, and started late in a fresh
 * clone (no durations yet) it kept the run going for half a minute after everything else had ended.
 */
class ScaleFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const scale = (file: TestSpecification) => /[\\/]test[\\/]scale[\\/]/.test(file.moduleId);
    return [...sorted.filter(scale), ...sorted.filter((file) => !scale(file))];
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The fixture packages the tests import (test/.tmp/fixtures), generated before any test file.
    globalSetup: ["test/global-setup.ts"],
    // Each test file's temporary folders, removed after its tests (a file leaving one behind fails).
    setupFiles: ["test/setup-temp.ts"],
    // Both cores: the heaviest tests spend most of their time in child processes (tsc, generate),
    // so one worker leaves a core idle. Timeouts stay at least five times a test's time under this load.
    maxWorkers: 2,
    // Test files share a worker's modules (the generator, TypeScript, the helpers) instead of each
    // importing them again: about half the CPU of the client, emit and spec files (docs/benchmarks.md).
    // Each file still gets its own setup (test/setup-temp.ts); tests restore what they change in
    // process.env key by key, never by replacing the object.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default"],
    sequence: { sequencer: ScaleFirst },
  },
});
