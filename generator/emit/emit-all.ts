/** Runs every emitter over the IR; each is a pure function IR -> virtual files. */
import type { Ir } from "../ir/types.ts";
import { emitClientModules } from "./client/modules.ts";
import { emitEntry } from "./client/entry.ts";
import { emitOpenApi, openApiDocument } from "./openapi/document.ts";
import { emitWireTypes } from "./openapi/wire-types.ts";
import { emitPackageJson } from "./package-files.ts";
import { emitRuntime } from "./runtime-files.ts";
import { emitDocs } from "./docs/docs.ts";
import type { VirtualFile } from "./virtual-file.ts";

/** All emitted files, unformatted. */
export async function emitAll(ir: Ir): Promise<VirtualFile[]> {
  const document = openApiDocument(ir);
  return [
    emitPackageJson(ir),
    emitOpenApi(ir, document),
    await emitWireTypes(ir, document),
    ...emitRuntime(),
    ...emitEntry(ir),
    ...emitClientModules(ir),
    ...emitDocs(ir),
  ];
}
