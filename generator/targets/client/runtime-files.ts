/** Runtime emitter: copies the spec-independent runtime (transport, errors, paging) into the package. */
import { compareText } from "../../diagnostics.ts";
import { MODULES } from "../ts/layout.ts";
import { RUNTIME_ASSETS } from "../ts/runtime-exports.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";

/** The runtime modules (their sources by file name), each under the generated-file header naming its origin. */
export function emitRuntime(sources: ReadonlyMap<string, string>): VirtualFile[] {
  return [...sources.keys()]
    .filter((name) => name.endsWith(".ts"))
    .sort(compareText)
    .map((name) => ({
      path: MODULES.runtime(name.replace(/\.ts$/, "")),
      content: generatedHeader([`${RUNTIME_ASSETS}${name}`], "ts") + "\n" + sources.get(name)!,
      preformatted: true,
    }));
}
