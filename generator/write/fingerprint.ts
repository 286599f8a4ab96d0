/**
 * The `--check` fast path. After each run, a cache beside node_modules records a fingerprint of every
 * input (spec files and the files beside them, the generator's own sources and templates, the lockfile) and a hash of every
 * file generated. When the inputs have not changed since, the output folder is compared with those
 * hashes without generating anything: generation is deterministic (tested), so the outcome is the
 * one a full run would give. `--check --full` always generates.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { listOutputFiles, type TreeComparison } from "./write.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE_DIR = join(ROOT, "node_modules/.cache/resource-client-generator");
// The generator's own inputs: its code, templates, spec schema and locked dependency versions.
const GENERATOR_INPUTS = ["generator", "templates", "spec/schema", "package-lock.json"];

interface Cache {
  readonly inputs: string;
  readonly files: Readonly<Record<string, string>>;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** One hash over every input of a run into `outDir`. */
export function inputsFingerprint(specFiles: readonly string[], outDir: string): string {
  const hash = createHash("sha256").update(`out\0${outDir}\0`);
  const add = (path: string) =>
    hash
      .update(`${relative(ROOT, path).split(sep).join("/")}\0`)
      .update(readFileSync(path))
      .update("\0");
  for (const spec of [...specFiles].sort()) add(spec);
  // Files beside the specs (mock extensions, guides) are inputs too; the whole folder is hashed, so a
  // file a spec starts naming is never missed.
  const folders = [...new Set(specFiles.map((spec) => dirname(spec)))].sort();
  for (const folder of folders)
    for (const file of listFiles(folder)) if (!specFiles.includes(file) && statSync(file).isFile()) add(file);
  for (const input of GENERATOR_INPUTS) for (const file of listFiles(join(ROOT, input))) add(file);
  return hash.digest("hex");
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

function cacheFile(outDir: string): string {
  return join(CACHE_DIR, `${sha256(outDir).slice(0, 16)}.json`);
}

/** Records what a run generated from these inputs. */
export function saveFingerprint(
  outDir: string,
  inputs: string,
  files: readonly { path: string; content: string }[],
): void {
  const cache: Cache = { inputs, files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)])) };
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile(outDir), JSON.stringify(cache));
  } catch {
    // A cache that cannot be written only costs the next --check its fast path.
  }
}

/** Compares `outDir` with the recorded hashes, or returns null when the inputs changed or no record exists. */
export function checkByFingerprint(outDir: string, inputs: string): TreeComparison | null {
  let cache: Cache;
  try {
    cache = JSON.parse(readFileSync(cacheFile(outDir), "utf8")) as Cache;
  } catch {
    return null;
  }
  if (cache.inputs !== inputs) return null;
  const missing: string[] = [];
  const stale: string[] = [];
  let unchanged = 0;
  for (const [path, expected] of Object.entries(cache.files)) {
    let actual: string;
    try {
      actual = sha256(readFileSync(join(outDir, path)));
    } catch {
      missing.push(path);
      continue;
    }
    if (actual === expected) unchanged++;
    else stale.push(path);
  }
  const extra = listOutputFiles(outDir).filter((p) => !(p in cache.files));
  return { missing: missing.sort(), stale: stale.sort(), extra: extra.sort(), unchanged };
}
