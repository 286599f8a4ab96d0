/** The names the runtime modules export, read from their sources (copied verbatim into every package). */
import { compareText } from "../../diagnostics.ts";
import { MODULES } from "./layout.ts";

/** The runtime's folder among the client's assets. */
export const RUNTIME_ASSETS = "generator/runtime/";

const EXPORT = /^export (?:async )?(function\*?|class|interface|type|const|let)\s+([A-Za-z_$][\w$]*)/gm;

/** One exported runtime name and its module. */
export interface RuntimeExport {
  readonly name: string;
  readonly module: string;
  readonly typeOnly: boolean;
}

/** Every export of the runtime sources (file name -> text), in file then source order. */
export function runtimeExports(sources: ReadonlyMap<string, string>): RuntimeExport[] {
  return [...sources.keys()]
    .filter((name) => name.endsWith(".ts"))
    .sort(compareText)
    .flatMap((file) =>
      [...sources.get(file)!.matchAll(EXPORT)].map((m) => ({
        name: m[2]!,
        module: MODULES.runtime(file.replace(/\.ts$/, "")),
        typeOnly: m[1] === "interface" || m[1] === "type",
      })),
    );
}
