/** Paths the tests share. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { findSpecs } from "../../generator/engine/find-specs.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FACTOR_SPEC = join(ROOT, "spec/verify/factor.yaml");
export const GENERATED = join(ROOT, "generated");
export const FIXTURES = join(ROOT, "test/fixtures");
export const SHARED_OAI = join(ROOT, "../shared/vendor/twilio-oai/twilio_verify_v2.yaml");

/**
 * The fixture packages the tests run, each fixture spec generated into `<name>/` here (gitignored)
 * by the vitest global setup before any test file (test/helpers/fixture-packages.ts).
 */
export const FIXTURE_PACKAGES = join(ROOT, "test/.tmp/fixtures");

/** The folders `tempDir` made in this test file, removed after its tests (test/setup-temp.ts). */
const made: string[] = [];

/**
 * A fresh temporary folder, removed after the test file's tests by `removeTempDirs` (the setup file
 * test/setup-temp.ts calls it). It is made in the test file's own temporary folder (`TMPDIR`, set by
 * that setup file below the run's, which the global setup makes and removes).
 */
export function tempDir(prefix = "gen-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Every file below `dir` with its bytes, keyed by `/`-separated relative path. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join("/"), readFileSync(path, "latin1"));
    }
  };
  try {
    walk(dir);
  } catch {
    /* missing folder: empty tree */
  }
  return out;
}

/** Every spec file under spec/, as the CLI finds them. */
export const SPEC_FILES: readonly string[] = findSpecs(join(ROOT, "spec"));

/** Twilio's official OpenAPI documents, read-only beside the repository (absent on machines without ../shared). */
export const TWILIO_OAI = join(ROOT, "../shared/vendor/twilio-oai");

/**
 * Whether source material in ../shared is there. Outside CI an absent one is said loudly (the
 * caller skips); in CI (`CI=true`) it fails the run instead: CI always has ../shared beside the
 * repository, so an absent one is a broken setup, never a pass.
 */
export function sharedPresent(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env["CI"] === "true")
    throw new Error(`${path} is absent, so ${what} cannot run; CI must have ../shared beside the repository`);
  console.warn(`SKIPPED ${what}: ${path} is absent`);
  return false;
}
