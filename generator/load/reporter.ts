/** Collects diagnostics for one spec file, locating each at a node path. */
import type { Diagnostic } from "../diagnostics.ts";
import { locate, pathText, type LoadedFile, type NodePath } from "./load.ts";

/** Adds a located diagnostic; `at: "key"` points at the property name rather than its value. */
export type Report = (
  path: NodePath,
  code: string,
  message: string,
  options?: {
    readonly at?: "value" | "key";
    readonly hint?: string;
    readonly severity?: "error" | "warning";
  },
) => void;

/** A reporter bound to one file, writing into `sink`. */
export function reporterFor(loaded: LoadedFile, sink: Diagnostic[]): Report {
  return (path, code, message, options = {}) => {
    const { line, column } = locate(loaded, path, options.at ?? "value");
    sink.push({
      code,
      severity: options.severity ?? "error",
      message,
      file: loaded.file,
      line,
      column,
      path: pathText(path),
      ...(options.hint ? { hint: options.hint } : {}),
    });
  };
}
