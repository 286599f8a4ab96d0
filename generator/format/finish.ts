/**
 * Format and compile stages over a whole tree, on both threads. Both run the same code (`finish.mjs`)
 * with the same tools, so where a file went never changes its bytes. Finished files are kept in the
 * disk cache, keyed by the emitted text, its path and everything else that decides the result (tool
 * versions, prettier's options, the finishing code): a later run that emits the same text reuses
 * them without loading prettier, esbuild or TypeScript.
 */
import type { VirtualFile } from "../emit/virtual-file.ts";
import { compareText } from "../diagnostics.ts";
import { readCacheEntry, sha256, writeCacheEntry } from "../cache.ts";
import { declarationFile, formatFile, isSource, needsFinishing, toolsKey } from "./finish.mjs";
import { runOnWorker } from "./worker.ts";

let key: string | undefined;
/** The cache entry of a file's finished form. */
export const entryName = (file: VirtualFile): string =>
  `finished/${sha256(`${(key ??= sha256(toolsKey()))}\0${file.path}\0${file.preformatted ? 1 : 0}\0${file.content}`)}.json`;

/** A cache entry's files, or null when there is none or it is not what this code writes. */
function cachedFiles(entry: string): VirtualFile[] | null {
  const text = readCacheEntry(entry);
  if (text === null) return null;
  try {
    const files: unknown = JSON.parse(text);
    const valid =
      Array.isArray(files) &&
      files.length > 0 &&
      files.every((f) => typeof f?.path === "string" && typeof f?.content === "string");
    return valid ? (files as VirtualFile[]) : null;
  } catch {
    return null;
  }
}

interface Job {
  readonly file: VirtualFile;
  readonly entry: string;
}

/** A formatted `src/**.ts` file waiting for its declarations, and where they go. */
interface Declarations {
  readonly formatted: VirtualFile;
  readonly settle: (declarations: Promise<VirtualFile>) => void;
}

/**
 * Below this much TypeScript to compile, this thread emits every declaration itself: loading
 * TypeScript on the worker (about 0.3 s of its time) pays off only when there are enough
 * declarations to share (about 1.5 ms per KB here; measured on Verify's 950 KB of sources).
 */
export const SHARE_DECLARATIONS_BYTES = 400_000;

/** Every file finished (formatted; `src/**.ts` also compiled to `dist/`), in path order. */
export async function finishFiles(files: readonly VirtualFile[]): Promise<VirtualFile[]> {
  const out: VirtualFile[] = [];
  const queue: Job[] = [];
  for (const file of files) {
    if (!needsFinishing(file)) {
      out.push({ path: file.path, content: file.content });
      continue;
    }
    const entry = entryName(file);
    const cached = cachedFiles(entry);
    if (cached) out.push(...cached);
    else queue.push({ file, entry });
  }
  // Markdown and the other text files go to the worker; TypeScript is formatted here: each thread
  // keeps one kind of prettier work warm. The JavaScript of each formatted file is esbuild's work,
  // in its own process, asked for by the worker. Declarations wait in a queue that the worker takes
  // from once its own files are done and this thread once it has formatted every file, so the two
  // threads end together.
  const bySize = (a: Job, b: Job) =>
    b.file.content.length - a.file.content.length || compareText(a.file.path, b.file.path);
  const mine = queue.filter((job) => job.file.path.endsWith(".ts")).sort(bySize);
  const theirs = queue.filter((job) => !job.file.path.endsWith(".ts")).sort(bySize);
  const sourceBytes = mine.reduce((n, job) => n + (isSource(job.file.path) ? job.file.content.length : 0), 0);
  const share = sourceBytes >= SHARE_DECLARATIONS_BYTES;
  if (share) void runOnWorker("loadTypeScript", null);
  const declarations: Declarations[] = [];
  let formatting = true;
  let wake = () => {};
  let woken = new Promise<void>((resolve) => (wake = resolve));
  const signal = () => {
    wake();
    woken = new Promise<void>((resolve) => (wake = resolve));
  };
  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const keep = (job: Job, finished: Promise<VirtualFile[]>) =>
    pending.push(
      finished.then(
        (result) => {
          writeCacheEntry(job.entry, JSON.stringify(result));
          out.push(...result);
        },
        (error: unknown) => void (failure ??= { error }),
      ),
    );
  const workerLane = async () => {
    while (!failure) {
      const job = theirs.shift();
      if (job) {
        const finished = runOnWorker("finish", job.file);
        keep(job, finished);
        await finished.catch(() => undefined);
        continue;
      }
      const next = share ? declarations.shift() : undefined;
      if (next) {
        const emitted = runOnWorker("declarations", next.formatted);
        next.settle(emitted);
        await emitted.catch(() => undefined);
        continue;
      }
      if (!share || !formatting) return;
      await woken;
    }
  };
  const formatMine = async () => {
    for (let job = mine.shift(); job && !failure; job = mine.shift()) {
      // prettier's work here settles in microtasks only; a turn of the event loop between files
      // lets the worker's messages in, so it never waits for its next file.
      await new Promise((resolve) => setImmediate(resolve));
      const formatted = await formatFile(job.file);
      if (!isSource(formatted.path)) {
        keep(job, Promise.resolve([formatted]));
        continue;
      }
      const declared = new Promise<VirtualFile>((resolve) =>
        declarations.push({ formatted, settle: resolve }),
      );
      signal();
      keep(job, Promise.all([formatted, runOnWorker("javascript", formatted), declared]));
    }
  };
  const thisLane = async () => {
    try {
      await formatMine();
    } catch (error) {
      failure ??= { error };
    } finally {
      formatting = false;
      signal();
    }
    for (let next = declarations.shift(); next; next = declarations.shift()) {
      if (!failure) await new Promise((resolve) => setImmediate(resolve));
      const { formatted } = next;
      next.settle(
        failure
          ? Promise.reject(new Error("not finished: another file failed"))
          : new Promise((resolve) => resolve(declarationFile(formatted))),
      );
    }
  };
  // Two lanes on the worker keep a file waiting in its queue while this thread is busy.
  await Promise.all([workerLane(), workerLane(), thisLane()]);
  await Promise.all(pending);
  if (failure) throw failure.error;
  return out.sort((a, b) => compareText(a.path, b.path));
}
