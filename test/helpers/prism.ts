/**
 * Prism (Stoplight's mock server, a pinned devDependency) serving an OpenAPI document on 127.0.0.1
 * on a free port, started and stopped by the test that needs it. Prism answers from the document
 * alone (its examples, else values made from its schemas) and validates every request against it.
 *
 * The servers of one test file live in one child process (test/helpers/prism-host.mjs, started with
 * the first), each built as `prism mock` builds its own, with its own log: Prism's modules load once
 * a file rather than once a document. The setup file stops the process after the file's tests
 * (`stopPrismHost`).
 */
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

const HOST = join(ROOT, "test/helpers/prism-host.mjs");

/** A running Prism: its base URL, what it logged, and how to stop it. */
export interface Prism {
  readonly url: string;
  /** Everything Prism printed so far (its request validation says why it answered 4xx). */
  log(): string;
  close(): Promise<void>;
}

interface Message {
  readonly id: number;
  readonly url?: string;
  readonly error?: string;
  readonly log?: string;
  readonly stopped?: boolean;
}

let host: ChildProcess | null = null;
let next = 0;
const listeners = new Map<number, (message: Message) => void>();
let hostOutput = "";

function theHost(): ChildProcess {
  if (host && host.exitCode === null && host.signalCode === null) return host;
  hostOutput = "";
  const child = fork(HOST, [], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", SCARF_ANALYTICS: "false", NODE_OPTIONS: "" },
  });
  child.stdout!.on("data", (chunk: Buffer) => (hostOutput += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (hostOutput += chunk.toString("utf8")));
  child.on("message", (message: Message) => listeners.get(message.id)?.(message));
  child.once("exit", (code, signal) => {
    for (const listener of listeners.values())
      listener({ id: -1, error: `Prism's process ended (${code ?? signal}):\n${hostOutput}` });
  });
  child.unref();
  host = child;
  return child;
}

/** Starts Prism on `document`; rejects with its output when it does not listen within `timeoutMs`. */
export function startPrism(document: string, timeoutMs = 60_000): Promise<Prism> {
  const child = theHost();
  const id = next++;
  let output = "";
  let stopped: (() => void) | null = null;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      if (!child.connected) return resolve();
      stopped = resolve;
      child.send({ stop: id });
    }));
  return new Promise<Prism>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    listeners.set(id, (message) => {
      if (message.log !== undefined) output += message.log;
      else if (message.url !== undefined) {
        clearTimeout(timer);
        resolve({ url: message.url, log: () => output, close });
      } else if (message.error !== undefined) {
        clearTimeout(timer);
        reject(new Error(`Prism did not start on ${document}: ${message.error}\n${output}`));
        (stopped as (() => void) | null)?.();
      } else if (message.stopped) {
        listeners.delete(id);
        (stopped as (() => void) | null)?.();
      }
    });
    child.send({ start: id, document });
  });
}

/** Ends the process serving this file's Prism servers, if any (test/setup-temp.ts, after the file's tests). */
export function stopPrismHost(): Promise<void> {
  const child = host;
  host = null;
  listeners.clear();
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
