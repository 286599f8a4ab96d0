/** Runtime emitter: copies the spec-independent runtime (transport, errors, paging) into the package. */
import { readdirSync, readFileSync } from "node:fs";
import { compareText } from "../../diagnostics.ts";
import { MODULES } from "../ts/layout.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";

const RUNTIME_DIR = new URL("../../runtime/", import.meta.url);

/** The runtime modules, each under the generated-file header naming its origin. */
export function emitRuntime(): VirtualFile[] {
  return readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith(".ts"))
    .sort(compareText)
    .map((name) => ({
      path: MODULES.runtime(name.replace(/\.ts$/, "")),
      content:
        generatedHeader([`generator/runtime/${name}`], "ts") +
        "\n" +
        readFileSync(new URL(name, RUNTIME_DIR), "utf8"),
      preformatted: true,
    }));
}
