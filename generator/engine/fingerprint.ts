/**
 * The `--check` fast path. The manifest every run writes (`.generator-manifest.json`) records a
 * fingerprint of every input (the spec files as the run named them and the files beside them, the
 * generator's own sources and templates, the spec schema, the installed version of each of its
 * run-time dependencies) and a hash of every file
 * generated. When the inputs have not changed since, the output folder is compared with those hashes
 * without generating anything: generation is deterministic (tested), so the outcome is the one a
 * full run would give. The manifest is committed with the output, so a fresh clone takes this path
 * too. `--check --full` always generates.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { packageVersion, ROOT, sha256 } from "./cache.ts";
import { listOutputFiles, MANIFEST, readManifest, type TreeComparison } from "./write.ts";
import { TARGETS } from "../targets/targets.ts";
import type { PackageOverride } from "./prepare.ts";

// The generator's own inputs: its code, the targets' assets (templates) and the spec schema; the
// versions of its dependencies are added as installed (an installed generator has no lockfile).
const GENERATOR_INPUTS = [
  ...new Set([
    "generator",
    ...TARGETS.flatMap((t) => t.assets.map((a) => a.replace(/\/$/, ""))),
    "spec/schema",
  ]),
].filter((input, _, all) => !all.some((other) => other !== input && input.startsWith(`${other}/`)));

const slashes = (path: string) => path.split(sep).join("/");

/**
 * One hash over every input of a run from `cwd`. Spec files count by the path the run shows for
 * them (relative to `cwd`: the generated headers name them so), the rest relative to the
 * generator's package; a package name or version set in place of the specs' counts too.
 */
export function inputsFingerprint(
  specFiles: readonly string[],
  cwd: string,
  override?: PackageOverride,
): string {
  const hash = createHash("sha256");
  // Hashed only when set: a run without one fingerprints exactly its files.
  if (override && Object.values(override).some((v) => v !== undefined))
    hash.update(`package ${JSON.stringify([override.scope, override.name, override.version])}\0`);
  const add = (name: string, path: string) =>
    hash.update(`${name}\0`).update(readFileSync(path)).update("\0");
  for (const spec of [...specFiles].sort()) add(`spec ${slashes(relative(cwd, spec))}`, spec);
  // Files beside the specs (mock extensions, guides) are inputs too; the whole folder is hashed, so a
  // file a spec starts naming is never missed.
  const folders = [...new Set(specFiles.map((spec) => dirname(spec)))].sort();
  for (const folder of folders)
    for (const file of listFiles(folder))
      if (!specFiles.includes(file) && statSync(file).isFile())
        add(`beside ${slashes(relative(cwd, file))}`, file);
  for (const input of GENERATOR_INPUTS)
    for (const file of listFiles(join(ROOT, input))) add(slashes(relative(ROOT, file)), file);
  for (const name of runtimeDependencies()) hash.update(`dependency ${name}@${packageVersion(name)}\0`);
  return hash.digest("hex");
}

/** The generator's run-time dependencies, as its package.json lists them, by name. */
function runtimeDependencies(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).sort();
}

function listFiles(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => listFiles(join(path, e.name)));
}

/**
 * Compares `outDir` with the hashes its manifest recorded, or returns null when the manifest is
 * missing, has no hashes, or was made from other inputs.
 */
export function checkByManifest(outDir: string, inputs: string): TreeComparison | null {
  const manifest = readManifest(outDir);
  if (manifest?.inputs !== inputs || !manifest.hashes) return null;
  const missing: string[] = [];
  const stale: string[] = [];
  const executables = new Set(manifest.executables ?? []);
  let unchanged = 0;
  for (const [path, expected] of Object.entries(manifest.hashes)) {
    let actual: string;
    try {
      actual = sha256(readFileSync(join(outDir, path)));
    } catch {
      missing.push(path);
      continue;
    }
    if (actual === expected && isExecutable(join(outDir, path)) === executables.has(path)) unchanged++;
    else stale.push(path);
  }
  const extra = listOutputFiles(outDir).filter((p) => p !== MANIFEST && !(p in manifest.hashes!));
  return { missing: missing.sort(), stale: stale.sort(), extra: extra.sort(), unchanged: unchanged + 1 };
}

// Whether a file has any execute bit (the mode a package's `bin` is written with).
function isExecutable(path: string): boolean {
  return (statSync(path).mode & 0o111) !== 0;
}
