/**
 * vitest's global setup: generates the fixture packages (test/helpers/fixture-packages.ts) before
 * any test file runs, so a fresh clone (no test/.tmp) runs the same as a warm one. A package whose
 * manifest records the current inputs is left as it is.
 */
import { generateFixturePackages } from "./helpers/fixture-packages.ts";

export default async function setup(): Promise<void> {
  const started = performance.now();
  const made = await generateFixturePackages();
  if (made.length)
    console.log(
      `fixture packages generated (${made.join(", ")}) in ${Math.round(performance.now() - started)} ms`,
    );
}
