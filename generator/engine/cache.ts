/**
 * The generator's disk cache: `node_modules/.cache/resource-client-generator` (the project's own
 * node_modules when the generator is installed there), safe to delete at
 * any time (a missing or unreadable entry only costs the work it saved). Entries are keyed by a hash
 * of everything that decides their content and written atomically, so concurrent runs never read a
 * half-written entry. A hit marks its entry as used; entries unused for two weeks are pruned.
 * Each entry starts with the SHA-256 of its content, checked on every read: an entry that was
 * altered (a shared `GENERATOR_CACHE_DIR`, a damaged disk) is a miss and a warning, never output,
 * and the spec schema's cached validator is executed only once its entry has passed that check.
 */
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The generator's package root (the folder holding generator/): the repository, or the installed package. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The node_modules folder the cache goes in: the one the generator is installed in (a project's,
 * as find-cache-dir does), else the repository's own.
 */
function nodeModulesOf(root: string): string {
  for (let dir = dirname(root.replace(/[\\/]+$/, "")); dir !== dirname(dir); dir = dirname(dir))
    if (basename(dir) === "node_modules") return dir;
  return join(root, "node_modules");
}

/** The cache folder: `GENERATOR_CACHE_DIR` when set (a CI cache, a benchmark's cold runs), else in node_modules. */
export const CACHE_DIR = process.env["GENERATOR_CACHE_DIR"]
  ? resolve(process.env["GENERATOR_CACHE_DIR"])
  : join(nodeModulesOf(ROOT), ".cache", "resource-client-generator");

/** Hex SHA-256 of text or bytes. */
export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

// The first line of every entry: its content's digest.
const DIGEST = /^sha256:([0-9a-f]{64})\n/;

/**
 * The text of a cache entry, or null when there is none, it cannot be read, or its content does not
 * match its digest (said once on stderr: the entry is rebuilt and replaced). An entry without a
 * digest line (written before entries had one) is a plain miss.
 */
export function readCacheEntry(name: string): string | null {
  const path = join(CACHE_DIR, name);
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  const digest = DIGEST.exec(raw);
  if (!digest) return null;
  const text = raw.slice(digest[0].length);
  if (sha256(text) !== digest[1]) {
    process.stderr.write(
      `generate: warning: the cache entry ${path} does not match its digest; it was ignored and is rebuilt\n`,
    );
    return null;
  }
  try {
    const now = new Date();
    utimesSync(path, now, now); // used: kept by the pruning
  } catch {
    // A read-only cache still serves its entries.
  }
  return text;
}

const DAY_MS = 86_400_000;

/**
 * Deletes entries unused for `maxAgeDays` and staging files of runs that died (over an hour old),
 * at most once a day (a marker file records the last time). Returns how many files went.
 */
export function pruneCache(dir: string = CACHE_DIR, maxAgeDays = 14, now = Date.now()): number {
  const marker = join(dir, "last-pruned");
  const last = statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (now - last < DAY_MS) return 0;
  let removed = 0;
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      // The launcher's builds prune themselves.
      if (entry.isDirectory()) {
        if (!(folder === dir && entry.name === "build")) visit(path);
        continue;
      }
      if (entry.name === "last-pruned") continue;
      const age = now - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now);
      if (age > (entry.name.endsWith(".tmp") ? DAY_MS / 24 : maxAgeDays * DAY_MS)) {
        rmSync(path, { force: true });
        removed++;
      }
    }
  };
  visit(dir);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(marker, "");
    utimesSync(marker, new Date(now), new Date(now));
  } catch {
    // Pruned again next time.
  }
  return removed;
}

/** Writes a cache entry atomically; a cache that cannot be written is skipped silently. */
export function writeCacheEntry(name: string, content: string): void {
  const path = join(CACHE_DIR, name);
  const staging = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(staging, `sha256:${sha256(content)}\n${content}`);
    renameSync(staging, path);
  } catch {
    // Read-only node_modules, a full disk: the next run does the work again.
  }
}

const require = createRequire(import.meta.url);

/**
 * The version of an installed package, part of the key of anything it produced: read from the
 * package.json of the copy the generator resolves (in whichever node_modules npm put it), found
 * along Node's own lookup paths, since a package's `exports` may hide its package.json.
 */
export function packageVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const manifest = join(folder, ...name.split("/"), "package.json");
    try {
      return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
    } catch {
      // Not in this node_modules: the next one up.
    }
  }
  throw new Error(`the generator's dependency ${name} is not installed`);
}
