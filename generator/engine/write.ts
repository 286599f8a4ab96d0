/**
 * Write stage, the only one that touches the disk: all-or-nothing replacement of the output folder's
 * generated files, and comparison for `--check`.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { sha256 } from "./cache.ts";
import { compareText } from "../diagnostics.ts";
import type { VirtualFile } from "../virtual-file.ts";

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

/** What the manifest records. */
export interface Manifest {
  readonly generator: string;
  /** The fingerprint of the run's inputs (see `fingerprint.ts`), when the run knew them. */
  readonly inputs?: string;
  /** Every generated file by path, with the SHA-256 of its bytes. */
  readonly hashes?: Readonly<Record<string, string>>;
  /** The files written executable (a package's `bin`), in path order. */
  readonly executables?: readonly string[];
}

/**
 * The files a root `package.json` among `files` names as its `bin`, marked executable, so a package
 * installed with `npm ci` (which sets the bin's mode) and a fresh generation agree on every mode.
 */
export function withExecutables(files: readonly VirtualFile[]): VirtualFile[] {
  const pkg = files.find((f) => f.path === "package.json");
  let bin: unknown;
  try {
    bin = pkg ? (JSON.parse(pkg.content) as { bin?: unknown }).bin : undefined;
  } catch {
    bin = undefined;
  }
  const targets = typeof bin === "string" ? [bin] : bin && typeof bin === "object" ? Object.values(bin) : [];
  const paths = new Set(
    targets.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^\.\//, "")),
  );
  return files.map((f) => (paths.has(f.path) ? { ...f, executable: true } : f));
}

/** Whether the file at `path` exists with the mode `file` asks for (executable or not). */
function modeMatches(path: string, file: VirtualFile): boolean {
  try {
    return ((statSync(path).mode & 0o111) !== 0) === (file.executable === true);
  } catch {
    return false;
  }
}

/** The files plus the manifest naming them (and, given the inputs' fingerprint, recording it), in path order. */
export function withManifest(files: readonly VirtualFile[], inputs?: string): VirtualFile[] {
  const sorted = withExecutables(files).sort((a, b) => compareText(a.path, b.path));
  const executables = sorted.filter((f) => f.executable).map((f) => f.path);
  const manifest: Manifest = {
    generator: GENERATOR,
    ...(inputs === undefined ? {} : { inputs }),
    hashes: Object.fromEntries(sorted.map((f) => [f.path, sha256(f.content)])),
    ...(executables.length ? { executables } : {}),
  };
  return [...sorted, { path: MANIFEST, content: JSON.stringify(manifest, null, 2) + "\n" }].sort((a, b) =>
    compareText(a.path, b.path),
  );
}

/** The manifest of `outDir`, or null when it is missing or not one of ours. */
export function readManifest(outDir: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), "utf8")) as Manifest;
    return manifest.generator === GENERATOR ? manifest : null;
  } catch {
    return null;
  }
}

/** Compares `outDir` with a complete tree (`withManifest` output) that would be generated; reads only. */
export async function compareTree(outDir: string, all: readonly VirtualFile[]): Promise<TreeComparison> {
  const expected = new Set(all.map((f) => f.path));
  const missing: string[] = [];
  const stale: string[] = [];
  let unchanged = 0;
  for (const file of all) {
    const current = readIfExists(join(outDir, file.path));
    if (current === null) missing.push(file.path);
    else if (current !== file.content || !modeMatches(join(outDir, file.path), file)) stale.push(file.path);
    else unchanged++;
  }
  const extra = listOutputFiles(outDir).filter((p) => !expected.has(p));
  const sort = (list: string[]) => list.sort(compareText);
  return { missing: sort(missing), stale: sort(stale), extra: sort(extra), unchanged };
}

/** Thrown by the test-only step hook: the write stops where it is, with no cleanup, as a kill would. */
export class SimulatedKill extends Error {}

/** Called before each step of a write; a test makes it throw SimulatedKill to stop the write there. */
export type StepHook = (step: number) => void;

interface Journal {
  readonly staging: string;
  readonly renames: readonly string[];
  readonly removes: readonly string[];
}

const stagingPrefix = (outDir: string) => `.${basename(outDir)}.staging-`;
const journalPath = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.journal.json`);

/**
 * Writes a complete tree (`withManifest` output). Changed files are staged beside `outDir`; then a
 * journal of the renames and removals is written atomically, carried out, and deleted. A run killed
 * before the journal exists leaves the old tree (and a staging folder the next run deletes); one
 * killed after it leaves a journal the next run completes. Refuses a non-empty folder without the marker.
 */
export async function writeTree(
  outDir: string,
  all: readonly VirtualFile[],
  hook: StepHook = () => {},
): Promise<WriteSummary> {
  const writer = new TreeWriter(outDir, hook);
  try {
    for (const file of [...all].sort((a, b) => compareText(a.path, b.path))) writer.add(file);
  } catch (error) {
    writer.abort(error);
    throw error;
  }
  return writer.finish(all);
}

/**
 * `writeTree` with the files handed over as the pipeline finishes them: each changed file goes into
 * the staging folder at once (nothing is held back to the end), and `finish` with the complete tree
 * stages the rest (the manifest), writes the journal and carries it out. The guarantees are
 * `writeTree`'s: until the journal exists, the old tree stands and the staging folder is the next
 * run's to delete; `abort` deletes it at once (a failed run).
 */
export class TreeWriter {
  private readonly previous: readonly string[];
  private readonly staging: string;
  private readonly folders = new Folders();
  /** Every file handed over, by path: staged (changed), or the same as on disk. */
  private readonly seen = new Map<string, "staged" | "same">();
  private staged = false;
  private aborted = false;
  private finishing = false;
  private step = 0;

  constructor(
    private readonly outDir: string,
    private readonly hook: StepHook = () => {},
  ) {
    recoverOutput(outDir);
    this.previous = previousFiles(outDir);
    this.staging = join(dirname(outDir), `${stagingPrefix(outDir)}${process.pid}`);
  }

  /** Stages one finished file when it differs from the one on disk (bytes, or mode once finishing). */
  add(file: VirtualFile): void {
    if (this.aborted) return; // a part of the run still finishing after another failed
    const path = join(this.outDir, file.path);
    // The same bytes: its mode is settled by `finish`, which knows the tree's executables.
    if (readIfExists(path) === file.content && (!this.finishing || modeMatches(path, file))) {
      this.seen.set(file.path, "same");
      return;
    }
    this.hook(this.step++);
    if (!this.staged) {
      rmSync(this.staging, { recursive: true, force: true });
      this.staged = true;
    }
    const staged = join(this.staging, file.path);
    this.folders.make(dirname(staged));
    writeFileSync(staged, file.content);
    if (file.executable) chmodSync(staged, 0o755);
    this.seen.set(file.path, "staged");
  }

  /** Stages what is left of the complete tree (`withManifest` output), then swaps it in. */
  async finish(all: readonly VirtualFile[]): Promise<WriteSummary> {
    this.finishing = true;
    try {
      for (const file of [...all].sort((a, b) => compareText(a.path, b.path))) {
        const seen = this.seen.get(file.path);
        // The manifest, and a file whose mode the tree decides (a package's bin), are staged now.
        if (seen === undefined || (seen === "same" && !modeMatches(join(this.outDir, file.path), file)))
          this.add(file);
        else if (seen === "staged" && file.executable) chmodSync(join(this.staging, file.path), 0o755);
      }
      const changed = all
        .filter((f) => this.seen.get(f.path) === "staged")
        .sort((a, b) => compareText(a.path, b.path));
      const keep = new Set(all.map((f) => f.path));
      const removed = this.previous.filter((p) => !keep.has(p)).sort(compareText);
      if (changed.length === 0 && removed.length === 0) {
        if (this.staged) rmSync(this.staging, { recursive: true, force: true });
        return { written: [], unchanged: all.length, removed: [] };
      }
      for (const file of changed)
        if (readIfExists(join(this.staging, file.path)) !== file.content)
          throw Object.assign(new Error(`${file.path} was not staged whole`), { code: "EIO" });
      this.hook(this.step++);
      const journal: Journal = {
        staging: this.staging,
        renames: changed.map((f) => f.path),
        removes: removed,
      };
      writeFileSync(`${journalPath(this.outDir)}.tmp`, JSON.stringify(journal));
      renameSync(`${journalPath(this.outDir)}.tmp`, journalPath(this.outDir));
      applyJournal(this.outDir, journal, () => this.hook(this.step++));
      return { written: changed.map((f) => f.path), unchanged: all.length - changed.length, removed };
    } catch (error) {
      this.abort(error);
      throw error;
    }
  }

  /** Deletes what was staged (the old tree stands), unless the journal exists or the cause is a simulated kill. */
  abort(cause?: unknown): void {
    if (cause instanceof SimulatedKill) return;
    this.aborted = true;
    if (!existsSync(journalPath(this.outDir))) rmSync(this.staging, { recursive: true, force: true });
  }
}

function applyJournal(outDir: string, journal: Journal, beforeStep: () => void): void {
  const folders = new Folders();
  for (const path of journal.renames) {
    beforeStep();
    const staged = join(journal.staging, path);
    if (!existsSync(staged)) continue; // moved by an earlier, interrupted run
    folders.make(dirname(join(outDir, path)));
    renameSync(staged, join(outDir, path));
  }
  for (const path of journal.removes) {
    beforeStep();
    rmSync(join(outDir, path), { force: true });
    removeEmptyParents(outDir, dirname(path));
  }
  beforeStep();
  rmSync(journalPath(outDir), { force: true });
  rmSync(journal.staging, { recursive: true, force: true });
}

/** Makes folders (and their parents) once each per write. */
class Folders extends Set<string> {
  make(dir: string): void {
    if (this.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.add(dir);
  }
}

/** What `recoverOutput` found: a write it completed from its journal, one it discarded, or none. */
export type Recovery = "completed" | "discarded" | null;

/**
 * Completes or discards an interrupted write of `outDir`: a journal is carried out to the end (the
 * new tree); staging folders without one are deleted (the old tree stands). Runs at the start of
 * every run that names the folder (`generate`, `--check`), and again before every write.
 */
export function recoverOutput(outDir: string): Recovery {
  let recovery: Recovery = null;
  const journalText = readIfExists(journalPath(outDir));
  if (journalText !== null) {
    let journal: Journal | null = null;
    try {
      const parsed = JSON.parse(journalText) as Journal;
      if (
        Array.isArray(parsed.renames) &&
        Array.isArray(parsed.removes) &&
        typeof parsed.staging === "string"
      )
        journal = parsed;
    } catch {
      journal = null;
    }
    if (
      journal &&
      basename(journal.staging).startsWith(stagingPrefix(outDir)) &&
      dirname(journal.staging) === dirname(outDir)
    ) {
      applyJournal(outDir, journal, () => {});
      recovery = "completed";
    } else rmSync(journalPath(outDir), { force: true });
  }
  if (existsSync(`${journalPath(outDir)}.tmp`)) recovery ??= "discarded";
  rmSync(`${journalPath(outDir)}.tmp`, { force: true });
  let siblings: string[] = [];
  try {
    siblings = readdirSync(dirname(outDir));
  } catch {
    siblings = [];
  }
  for (const name of siblings) {
    if (name.startsWith(stagingPrefix(outDir))) {
      rmSync(join(dirname(outDir), name), { recursive: true, force: true });
      recovery ??= "discarded";
    }
  }
  return recovery;
}

/** An output folder the generator must not write into; its message is one line for the user. */
export class OutputFolderError extends Error {}

/**
 * Why `outDir` cannot take generated output (a file, a foreign non-empty folder, a corrupt
 * manifest), or null: checked before any work starts.
 */
export function outputFolderProblem(outDir: string): string | null {
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    return `--out names ${outDir}, which is not a folder`;
  try {
    previousFiles(outDir);
    return null;
  } catch (error) {
    if (error instanceof OutputFolderError) return error.message;
    throw error;
  }
}

function previousFiles(outDir: string): string[] {
  const manifestText = readIfExists(join(outDir, MANIFEST));
  if (manifestText === null) {
    const present = listOutputFiles(outDir);
    if (present.length > 0) {
      throw new OutputFolderError(
        `refusing to write into ${outDir}: it is not empty and has no ${MANIFEST}, so it was not generated here`,
      );
    }
    return [];
  }
  let manifest: { generator?: string; files?: unknown; hashes?: unknown };
  try {
    manifest = JSON.parse(manifestText) as typeof manifest;
  } catch {
    throw new OutputFolderError(
      `refusing to write into ${outDir}: its ${MANIFEST} is not valid JSON (delete the folder to regenerate it)`,
    );
  }
  // Older manifests list the files; current ones map them to their hashes.
  const listed = Array.isArray(manifest.files)
    ? (manifest.files as unknown[])
    : manifest.hashes && typeof manifest.hashes === "object"
      ? Object.keys(manifest.hashes)
      : null;
  if (manifest.generator !== GENERATOR || !listed) {
    throw new OutputFolderError(
      `refusing to write into ${outDir}: ${MANIFEST} was not written by ${GENERATOR}`,
    );
  }
  return listed.filter((p): p is string => typeof p === "string" && !p.split("/").includes(".."));
}

// Synchronous: for hundreds of small files, several times faster than fs/promises.
function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
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

function removeEmptyParents(root: string, relDir: string): void {
  for (let dir = relDir; dir && dir !== "."; dir = dirname(dir)) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      return;
    }
  }
}
