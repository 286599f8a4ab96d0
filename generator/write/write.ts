/**
 * Write stage, the only one that touches the disk: all-or-nothing replacement of the output folder's
 * generated files, and comparison for `--check`.
 */
import { readdirSync } from "node:fs";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { compareText } from "../diagnostics.ts";
import type { VirtualFile } from "../emit/virtual-file.ts";

/** The marker file: proves a folder is ours and lists what we generated, so stale files can go. */
export const MANIFEST = ".generator-manifest.json";
const GENERATOR = "resource-client-generator";

/** What a write did. */
export interface WriteSummary {
  readonly written: readonly string[];
  readonly unchanged: number;
  readonly removed: readonly string[];
}

/** How an output folder differs from what would be generated. */
export interface TreeComparison {
  readonly missing: readonly string[];
  readonly stale: readonly string[];
  readonly extra: readonly string[];
  readonly unchanged: number;
}

/** The files plus the manifest naming them, in path order. */
export function withManifest(files: readonly VirtualFile[]): VirtualFile[] {
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const manifest = { generator: GENERATOR, files: sorted.map((f) => f.path) };
  return [...sorted, { path: MANIFEST, content: JSON.stringify(manifest, null, 2) + "\n" }].sort((a, b) =>
    compareText(a.path, b.path),
  );
}

/** Compares `outDir` with a complete tree (`withManifest` output) that would be generated; reads only. */
export async function compareTree(outDir: string, all: readonly VirtualFile[]): Promise<TreeComparison> {
  const expected = new Set(all.map((f) => f.path));
  const missing: string[] = [];
  const stale: string[] = [];
  let unchanged = 0;
  await Promise.all(
    all.map(async (file) => {
      const current = await readIfExists(join(outDir, file.path));
      if (current === null) missing.push(file.path);
      else if (current !== file.content) stale.push(file.path);
      else unchanged++;
    }),
  );
  const extra = listOutputFiles(outDir).filter((p) => !expected.has(p));
  const sort = (list: string[]) => list.sort(compareText);
  return { missing: sort(missing), stale: sort(stale), extra: sort(extra), unchanged };
}

/**
 * Writes a complete tree (`withManifest` output): changed files go into a staging folder beside
 * `outDir`, then move into place, and files an earlier run generated that this one does not are
 * removed. Refuses a non-empty folder without the marker.
 */
export async function writeTree(outDir: string, all: readonly VirtualFile[]): Promise<WriteSummary> {
  const previous = await previousFiles(outDir);
  const changed: VirtualFile[] = [];
  await Promise.all(
    all.map(async (file) => {
      if ((await readIfExists(join(outDir, file.path))) !== file.content) changed.push(file);
    }),
  );
  changed.sort((a, b) => compareText(a.path, b.path));
  const keep = new Set(all.map((f) => f.path));
  const removed = previous.filter((p) => !keep.has(p)).sort(compareText);
  if (changed.length === 0 && removed.length === 0)
    return { written: [], unchanged: all.length, removed: [] };

  const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of changed) {
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.content);
    }
    // Every byte is on disk; from here on, each step is a rename or an unlink.
    for (const file of changed) {
      await mkdir(dirname(join(outDir, file.path)), { recursive: true });
      await rename(join(staging, file.path), join(outDir, file.path));
    }
    for (const path of removed) {
      await rm(join(outDir, path), { force: true });
      await removeEmptyParents(outDir, dirname(path));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { written: changed.map((f) => f.path), unchanged: all.length - changed.length, removed };
}

async function previousFiles(outDir: string): Promise<string[]> {
  const manifestText = await readIfExists(join(outDir, MANIFEST));
  if (manifestText === null) {
    const present = listOutputFiles(outDir);
    if (present.length > 0) {
      throw new Error(
        `refusing to write into ${outDir}: it is not empty and has no ${MANIFEST}, so it was not generated here`,
      );
    }
    return [];
  }
  const manifest = JSON.parse(manifestText) as { generator?: string; files?: unknown };
  if (manifest.generator !== GENERATOR || !Array.isArray(manifest.files)) {
    throw new Error(`refusing to write into ${outDir}: ${MANIFEST} was not written by ${GENERATOR}`);
  }
  return manifest.files.filter((p): p is string => typeof p === "string" && !p.split("/").includes(".."));
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ENOENT" ||
      (error as NodeJS.ErrnoException).code === "EISDIR"
    )
      return null;
    throw error;
  }
}

/** Every file below `dir` as a `/`-separated relative path, skipping node_modules. */
export function listOutputFiles(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") out.push(...listOutputFiles(dir, rel));
    } else out.push(rel);
  }
  return out;
}

async function removeEmptyParents(root: string, relDir: string): Promise<void> {
  for (let dir = relDir; dir && dir !== "."; dir = dirname(dir)) {
    try {
      await rmdir(join(root, dir));
    } catch {
      return;
    }
  }
}
