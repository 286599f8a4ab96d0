/** Format stage: prettier over every emitted file. A formatter error is an emitter bug and fails the run. */
import { readFileSync } from "node:fs";
import { format, type Options } from "prettier";
import type { VirtualFile } from "../emit/virtual-file.ts";
import { runOnWorker } from "./worker.ts";

/**
 * Fixed options, never read from the user's configuration, so output is the same everywhere. Code
 * blocks in the docs are already laid out by the docs emitter, so prettier leaves them alone.
 */
export const PRETTIER_OPTIONS: Options = JSON.parse(
  readFileSync(new URL("./prettier-options.json", import.meta.url), "utf8"),
);

const PARSERS: Record<string, string> = { ts: "typescript", md: "markdown", json: "json", yaml: "yaml" };

/**
 * Formats each file by its extension; other files pass through. Markdown is formatted on the worker
 * thread (same prettier, same options, same output), which is otherwise idle by then.
 */
export async function formatFiles(files: readonly VirtualFile[]): Promise<VirtualFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[file.path.slice(file.path.lastIndexOf(".") + 1)];
      if (!parser || file.preformatted) return file;
      try {
        const content =
          parser === "markdown"
            ? await runOnWorker("format", { content: file.content, parser })
            : await format(file.content, { ...PRETTIER_OPTIONS, parser });
        return { path: file.path, content };
      } catch (error) {
        throw new Error(
          `prettier could not format ${file.path} (an emitter bug): ${(error as Error).message}`,
        );
      }
    }),
  );
}
