/**
 * vitest's global setup: generates the fixture packages (test/helpers/fixture-packages.ts) before
 * any test file runs, so a fresh clone (no test/.tmp) runs the same as a warm one. A package whose
 * manifest records the current inputs is left as it is.
 *
 * It also makes the run's temporary folder (`rcg-test-<pid>-*` in the system's; `RCG_TEST_RUN` and
 * `TMPDIR` for the test workers and everything they spawn), where each test file keeps its own
 * (test/setup-temp.ts).
 * The teardown fails the run if a file left anything there, then removes it. Folders of earlier
 * runs whose process is gone (a run killed before its teardown) are removed at the start.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateFixturePackages } from "./helpers/fixture-packages.ts";

const RUN_PREFIX = "rcg-test-";

/** Whether the process `pid` is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export default async function setup(): Promise<() => void> {
  const system = tmpdir();
  for (const name of readdirSync(system)) {
    const pid = new RegExp(`^${RUN_PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(system, name), { recursive: true, force: true });
  }
  const run = mkdtempSync(join(system, `${RUN_PREFIX}${process.pid}-`));
  const outer = process.env["TMPDIR"];
  process.env["TMPDIR"] = run;
  process.env["RCG_TEST_RUN"] = run;

  const started = performance.now();
  const made = await generateFixturePackages();
  if (made.length)
    console.log(
      `fixture packages generated (${made.join(", ")}) in ${Math.round(performance.now() - started)} ms`,
    );

  return () => {
    const left = readdirSync(run);
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
    delete process.env["RCG_TEST_RUN"];
    if (outer === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = outer;
    if (left.length)
      throw new Error(`the tests left ${left.join(", ")} in the run's temporary folder (${run})`);
  };
}
