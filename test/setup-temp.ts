/**
 * A setup file of every test file (vitest's `setupFiles`): the file's temporary folders live in a
 * folder of its own, `TMPDIR` for the test file and every process it spawns (Node's `os.tmpdir()`
 * reads it on each call), made inside the run's folder (`RCG_TEST_RUN`, test/global-setup.ts). After
 * the file's tests, the folders `tempDir` made are removed, and anything else left in the file's
 * folder (a `mkdtemp` not through `tempDir`, a spawned process's output) fails the file, naming what
 * was left; the folder is removed either way.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/paths.ts";

const own = mkdtempSync(join(process.env["RCG_TEST_RUN"] ?? tmpdir(), "file-"));
process.env["TMPDIR"] = own;

afterAll(() => {
  const started = performance.now();
  removeTempDirs();
  // tsx's transform cache (`tsx-<uid>`, of the processes a test starts with `--import tsx`) is a
  // tool's cache, not a test's folder: removed with the file's folder, never counted as left.
  const left = readdirSync(own).filter((name) => !/^tsx-\d+$/.test(name));
  rmSync(own, { recursive: true, force: true, maxRetries: 3 });
  if (process.env["TEST_TEMP_TIMING"])
    console.log(`temporary folders removed in ${(performance.now() - started).toFixed(1)} ms`);
  if (left.length)
    throw new Error(
      `the test file left ${left.join(", ")} in its temporary folder: make temporary folders with tempDir (test/helpers/paths.ts), which removes them`,
    );
});
