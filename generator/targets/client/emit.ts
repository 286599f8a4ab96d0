/** The client target's files: package files at once, the TypeScript modules when asked, the wire types derived. */
/** A JSON object of the OpenAPI document. */
type Schema = Record<string, unknown>;
import type { DerivedFile, TargetOutput } from "../target.ts";
import { MODULES } from "../ts/layout.ts";
import type { TsIr } from "../ts/model.ts";
import type { TsPlan } from "../ts/plan.ts";
import { generatedHeader } from "../../virtual-file.ts";
import { emitEntry } from "./entry.ts";
import { emitClientModules } from "./modules.ts";
import { emitLicense, emitPackageJson } from "./package-files.ts";
import { emitRuntime } from "./runtime-files.ts";

/** Every file of the client; `document` is the OpenAPI target's document (its schemas give the wire types). */
export function emitClient(
  plan: TsPlan,
  runtime: ReadonlyMap<string, string>,
  document: unknown,
): TargetOutput {
  const ir = plan.view.ir;
  return {
    text: [emitPackageJson(ir), emitLicense(ir)],
    modules: () => {
      const modules = emitClientModules(ir, plan.symbols);
      return [
        ...emitRuntime(runtime),
        ...emitEntry(ir, plan.symbols, new Set(modules.map((f) => f.path)), plan.runtime),
        ...modules,
      ];
    },
    derived: [wireTypes(ir, document as Schema)],
  };
}

/**
 * `src/wire.ts`: the decoders are typed against it, so tsc catches drift between them and the schemas.
 * openapi-typescript reads the document's schemas alone: the decoders use nothing else, and its
 * types of every path and operation would be most of the file (about four fifths of Verify's),
 * changed by any summary.
 */
function wireTypes(ir: TsIr, document: Schema): DerivedFile {
  const schemasOnly = {
    openapi: document["openapi"],
    info: document["info"],
    paths: {},
    components: { schemas: (document["components"] as Schema | undefined)?.["schemas"] ?? {} },
  };
  const note =
    "// Types of the raw JSON on the wire, derived by openapi-typescript from openapi.yaml's schemas.\n";
  return {
    path: MODULES.wire,
    tool: "openapi-typescript",
    input: schemasOnly,
    prefix: `${generatedHeader(ir.sources, "ts")}${note}\n`,
    suffix:
      '\n/** The wire schemas by name: what the decoders read. */\nexport type Wire = components["schemas"];\n',
  };
}
