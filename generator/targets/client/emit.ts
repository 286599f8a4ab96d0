/** The client target's files: package files at once, the TypeScript modules (wire types included) when asked. */
import type { Ir } from "../../ir/types.ts";
import type { TargetOutput } from "../target.ts";
import { MODULES } from "../ts/layout.ts";
import type { TsPlan } from "../ts/plan.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import { emitEntry } from "./entry.ts";
import { emitClientModules } from "./modules.ts";
import { emitLicense, emitPackageJson } from "./package-files.ts";
import { emitRuntime } from "./runtime-files.ts";
import { wireTypesText } from "./wire-types.ts";

/** Every file of the client; the wire types are typed from `source`, the IR the plan was made of. */
export function emitClient(plan: TsPlan, runtime: ReadonlyMap<string, string>, source: Ir): TargetOutput {
  const ir = plan.view.ir;
  return {
    text: [emitPackageJson(ir), emitLicense(ir)],
    modules: () => {
      const modules = emitClientModules(ir, plan.symbols);
      return [
        ...emitRuntime(runtime),
        ...emitEntry(ir, plan.symbols, new Set(modules.map((f) => f.path)), plan.runtime),
        ...modules,
        wireTypes(source),
      ];
    },
  };
}

/**
 * `src/wire.ts`: the decoders are typed against it, so tsc catches drift between them and the schemas.
 * It types the document's schemas alone: the decoders use nothing else.
 */
function wireTypes(ir: Ir): VirtualFile {
  const note =
    "// Types of the raw JSON on the wire: openapi.yaml's schemas, as openapi-typescript types them.\n";
  return {
    path: MODULES.wire,
    content:
      `${generatedHeader(ir.sources, "ts")}${note}\n${wireTypesText(ir)}` +
      '\n/** The wire schemas by name: what the decoders read. */\nexport type Wire = components["schemas"];\n',
  };
}
