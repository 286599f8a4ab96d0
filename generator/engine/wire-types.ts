/**
 * Files a tool makes: openapi-typescript's types of an OpenAPI document's schemas (a target's
 * `derived` file), run on the worker thread. Its output is kept in the disk cache, keyed by what
 * decides it: the versions of openapi-typescript and the TypeScript it prints with, the worker's
 * code that keeps and documents the interface, and the input's text.
 */
import { readFileSync } from "node:fs";
import type { DerivedFile } from "../targets/targets.ts";
import type { VirtualFile } from "../virtual-file.ts";
import { packageVersion, readCacheEntry, sha256, writeCacheEntry } from "./cache.ts";
import { runOnWorker } from "./worker.ts";

/** The derived file: the tool's output (cached) between the target's prefix and suffix. */
export async function deriveFile(file: DerivedFile): Promise<VirtualFile> {
  const decides = [
    packageVersion("openapi-typescript"),
    packageVersion("typescript"),
    readFileSync(new URL("./worker.mjs", import.meta.url), "utf8"),
    JSON.stringify(file.input),
  ];
  const entry = `wire-types/${sha256(decides.join("\0"))}.ts`;
  let text = readCacheEntry(entry);
  if (text === null) {
    try {
      text = await runOnWorker("wireTypes", { document: file.input });
    } catch (error) {
      throw new Error(`openapi-typescript failed: ${(error as Error).message}`);
    }
    writeCacheEntry(entry, text);
  }
  return { path: file.path, content: `${file.prefix}${text}${file.suffix}` };
}
