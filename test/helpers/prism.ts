/**
 * Prism (Stoplight's mock server, a pinned devDependency) serving an OpenAPI document on 127.0.0.1
 * on a free port, started and stopped by the test that needs it. Prism answers from the document
 * alone (its examples, else values made from its schemas) and validates every request against it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

const PRISM = join(ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");

/** A running Prism: its base URL, what it logged, and how to stop it. */
export interface Prism {
  readonly url: string;
  /** Everything Prism printed so far (its request validation says why it answered 4xx). */
  log(): string;
  close(): Promise<void>;
}

/** Starts Prism on `document`; rejects with its output when it does not listen within `timeoutMs`. */
export function startPrism(document: string, timeoutMs = 60_000): Promise<Prism> {
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM, "mock", "-h", "127.0.0.1", "-p", "0", document],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", SCARF_ANALYTICS: "false" },
    },
  );
  let output = "";
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise<Prism>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, log: () => output, close });
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code} before listening:\n${output}`));
    });
  });
}
