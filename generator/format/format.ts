/** Format stage: prettier over every emitted file. A formatter error is an emitter bug and fails the run. */
import { format, type Options } from "prettier";
import type { VirtualFile } from "../emit/virtual-file.ts";

// Fixed options, never read from the user's configuration, so output is the same everywhere.
const BASE: Options = { printWidth: 110, proseWrap: "preserve", endOfLine: "lf", trailingComma: "all" };

const PARSERS: Record<string, string> = { ts: "typescript", md: "markdown", json: "json", yaml: "yaml" };

/** Formats each file by its extension; files of other kinds pass through unchanged. */
export async function formatFiles(files: readonly VirtualFile[]): Promise<VirtualFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[file.path.slice(file.path.lastIndexOf(".") + 1)];
      if (!parser) return file;
      try {
        return { path: file.path, content: await format(file.content, { ...BASE, parser }) };
      } catch (error) {
        throw new Error(`prettier could not format ${file.path} (an emitter bug): ${(error as Error).message}`);
      }
    }),
  );
}
