/** The names the runtime modules export, read from their sources (copied verbatim into every package). */
import { readdirSync, readFileSync } from "node:fs";
import { compareText } from "../../diagnostics.ts";
import { MODULES } from "./layout.ts";

const RUNTIME_DIR = new URL("../../runtime/", import.meta.url);
const EXPORT = /^export (?:async )?(function\*?|class|interface|type|const|let)\s+([A-Za-z_$][\w$]*)/gm;

/** One exported runtime name and its module. */
export interface RuntimeExport {
  readonly name: string;
  readonly module: string;
  readonly typeOnly: boolean;
}

/** Every runtime export, in file then source order. */
export const RUNTIME_EXPORTS: readonly RuntimeExport[] = readdirSync(RUNTIME_DIR)
  .filter((name) => name.endsWith(".ts"))
  .sort(compareText)
  .flatMap((file) =>
    [...readFileSync(new URL(file, RUNTIME_DIR), "utf8").matchAll(EXPORT)].map((m) => ({
      name: m[2]!,
      module: MODULES.runtime(file.replace(/\.ts$/, "")),
      typeOnly: m[1] === "interface" || m[1] === "type",
    })),
  );
