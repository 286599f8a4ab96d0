/**
 * `generate --watch`: one run, then another whenever a file in a spec's folder changes (the spec
 * files and the files beside them: mock extensions, guides). The process keeps its tools loaded
 * and warm on both threads, so a run after an edit formats and compiles only what changed, without
 * loading anything. Changes that arrive during a run start one more run after it. SIGINT or
 * SIGTERM stops watching once a run under way has ended (exit 0).
 */
import { watch, type FSWatcher } from "node:fs";

/** Quiet time after the last change before a run starts (editors write a file in several steps). */
const SETTLE_MS = 20;

export async function watchSpecs(
  folders: () => readonly string[],
  run: () => Promise<number>,
): Promise<number> {
  const watchers = new Map<string, FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const guarded = async () => {
    try {
      await run();
    } catch (error) {
      // An internal error ends this run, not the watch: the next change runs again.
      process.stderr.write(`generate: internal error: ${(error as Error).stack ?? String(error)}\n`);
    }
  };
  // Folders are looked up again after each run: a new spec's folder is watched from then on.
  const follow = () => {
    for (const folder of folders()) {
      if (watchers.has(folder)) continue;
      try {
        watchers.set(folder, watch(folder, changed));
      } catch {
        // A folder that went away: found again by a later run if it comes back.
      }
    }
  };
  const start = async () => {
    if (running) {
      again = true;
      return;
    }
    running = guarded();
    await running;
    running = null;
    follow();
    if (again) {
      again = false;
      changed();
    }
  };
  function changed(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), SETTLE_MS);
  }
  await guarded();
  follow();
  process.stdout.write(`watching ${watchers.size} folder(s) for changes; Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  clearTimeout(timer);
  for (const watcher of watchers.values()) watcher.close();
  await running; // a run under way ends first: its write is never cut short
  return 0;
}
