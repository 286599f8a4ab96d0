/** Runs every emitter over the IR; each is a pure function IR -> virtual files. */
import type { Ir } from "../ir/types.ts";
import type { SymbolTable } from "../symbols/symbols.ts";
import { emitClientModules } from "./client/modules.ts";
import { emitEntry } from "./client/entry.ts";
import { emitOpenApi, openApiDocument } from "./openapi/document.ts";
import { emitWireTypes } from "./openapi/wire-types.ts";
import { emitLicense, emitPackageJson } from "./package-files.ts";
import { emitRuntime } from "./runtime-files.ts";
import { emitDocs } from "./docs/docs.ts";
import { emitMock } from "./mock/mock-files.ts";
import type { VirtualFile } from "./virtual-file.ts";

/**
 * All emitted files, unformatted: `files` at once, and `wireTypes` when openapi-typescript (on a
 * worker thread) has derived them, so the caller can format and compile the rest meanwhile.
 */
export function emitAll(
  ir: Ir,
  symbols: SymbolTable,
): { files: VirtualFile[]; wireTypes: Promise<VirtualFile> } {
  const document = openApiDocument(ir);
  const wireTypes = emitWireTypes(ir, document);
  const modules = emitClientModules(ir, symbols);
  const files = [
    emitPackageJson(ir),
    emitLicense(ir),
    emitOpenApi(ir, document),
    ...emitRuntime(),
    ...emitEntry(ir, symbols, new Set(modules.map((f) => f.path))),
    ...modules,
    ...emitDocs(ir),
    ...emitMock(ir),
  ];
  return { files, wireTypes };
}
