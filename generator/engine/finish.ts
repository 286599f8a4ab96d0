/**
 * Format and compile stages over a whole tree, on both threads. Both run the same code (`finish.mjs`)
 * with the same tools, so where a file went never changes its bytes. Finished files are kept in the
 * disk cache, keyed by the emitted text, its path and everything else that decides the result (tool
 * versions, the format options, the finishing code): a later run that emits the same text reuses
 * them without loading a formatter, esbuild or TypeScript.
 */
import type { VirtualFile } from "../virtual-file.ts";
import { compareText } from "../diagnostics.ts";
import { readCacheEntry, sha256, writeCacheEntry } from "./cache.ts";
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

/**
 * Every file finished (formatted; `src/**.ts` also compiled to `dist/`), in path order; each is also
 * handed to `onFile` as soon as it is finished (the write stage stages it). Once `cancel` is aborted
 * (another part of the run failed), no further file is started.
 */
export async function finishFiles(
  files: readonly VirtualFile[],
  cancel?: AbortSignal,
  onFile?: (file: VirtualFile) => void,
): Promise<VirtualFile[]> {
  const out: VirtualFile[] = [];
  const push = (...finished: VirtualFile[]) => {
    out.push(...finished);
    if (onFile) for (const file of finished) onFile(file);
  };
  const queue: Job[] = [];
  for (const file of files) {
    if (!needsFinishing(file)) {
      push({ path: file.path, content: file.content });
      continue;
    }
    const entry = entryName(file);
    const cached = cachedFiles(entry);
    if (cached) push(...cached);
    else queue.push({ file, entry });
  }
  // Markdown and the other text files go to the worker; TypeScript is formatted and given its
  // declarations here, its JavaScript there (esbuild's work, in its own process): each thread keeps
  // one kind of prettier work warm. Measured on two cores, this beats handing each file to whichever
  // thread is free, also on the whole Twilio API (each thread then warms both kinds up, and V8's
  // own threads need the cores too).
  const bySize = (a: Job, b: Job) =>
    b.file.content.length - a.file.content.length || compareText(a.file.path, b.file.path);
  const mine = queue.filter((job) => job.file.path.endsWith(".ts")).sort(bySize);
  const theirs = queue.filter((job) => !job.file.path.endsWith(".ts")).sort(bySize);
  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  cancel?.addEventListener("abort", () => void (failure ??= { error: cancel.reason }), { once: true });
  const keep = (job: Job, finished: Promise<VirtualFile[]>) =>
    pending.push(
      finished.then(
        (result) => {
          writeCacheEntry(job.entry, JSON.stringify(result));
          push(...result);
        },
        (error: unknown) => void (failure ??= { error }),
      ),
    );
  const workerLane = async () => {
    for (let job = theirs.shift(); job && !failure; job = theirs.shift()) {
      const finished = runOnWorker("finish", job.file);
      keep(job, finished);
      await finished.catch(() => undefined);
    }
  };
  const thisLane = async () => {
    for (let job = mine.shift(); job && !failure; job = mine.shift()) {
      // prettier's work here settles in microtasks only; a turn of the event loop between files
      // lets the worker's messages in, so it never waits for its next file.
      await new Promise((resolve) => setImmediate(resolve));
      // This thread waits for its own part only; the JavaScript comes back from the worker later.
      const formatted = formatFile(job.file);
      const ownPart = formatted.then((file) =>
        isSource(file.path) ? [file, declarationFile(file)] : [file],
      );
      const javascript = formatted.then(async (file) =>
        isSource(file.path) ? [await runOnWorker("javascript", file)] : [],
      );
      keep(
        job,
        Promise.all([ownPart, javascript]).then((parts) => parts.flat()),
      );
      await ownPart.catch(() => undefined);
    }
  };
  // Two lanes on the worker keep a file waiting in its queue while this thread is busy. With no
  // TypeScript here, every file is handed over at once: this thread may be busy elsewhere meanwhile.
  const lanes = mine.length ? 2 : theirs.length;
  await Promise.all([...Array.from({ length: lanes }, workerLane), thisLane()]);
  await Promise.all(pending);
  if (failure) throw failure.error;
  return out.sort((a, b) => compareText(a.path, b.path));
}
