/**
 * The pipeline's second thread: part of the formatting and compiling runs there, in parallel
 * with the main thread. Results are the same as doing the work here; only the wall time differs.
 */
import { Worker } from "node:worker_threads";
import type { VirtualFile } from "../virtual-file.ts";

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (output: never) => void; reject: (error: Error) => void }>();

/** Starts the worker (it begins loading its modules at once). Safe to call repeatedly. */
export function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./worker.mjs", import.meta.url));
  started.unref();
  started.on("message", ({ id, output, error }: { id: number; output?: never; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (error !== undefined) job?.reject(new Error(error));
    else job?.resolve(output!);
  });
  started.on("error", (error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = undefined;
  });
  worker = started;
  return started;
}

/** Runs one task on the worker. */
export function runOnWorker(task: "finish", input: VirtualFile): Promise<VirtualFile[]>;
export function runOnWorker(task: "javascript", input: VirtualFile): Promise<VirtualFile>;
export function runOnWorker(task: string, input: unknown): Promise<unknown> {
  const target = startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, task, input });
  });
}

/**
 * Ends the worker, so a command-line run can exit; its unfinished tasks are rejected. The next task
 * starts a new one.
 */
export async function stopWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  const unfinished = [...pending.values()];
  pending.clear();
  for (const job of unfinished) job.reject(new Error("the worker was stopped"));
  await current?.terminate();
}
