/** Runs every emitter over the IR; each is a pure function IR -> virtual files. */
import type { Ir } from "../ir/types.ts";
import type { SymbolTable } from "./ts/symbols.ts";
import { emitClientModules } from "./client/modules.ts";
import { emitEntry } from "./client/entry.ts";
import { emitOpenApi, openApiDocument } from "./openapi/document.ts";
import { emitWireTypes } from "../engine/wire-types.ts";
import { emitLicense, emitPackageJson } from "./client/package-files.ts";
import { emitRuntime } from "./client/runtime-files.ts";
import { emitDocs } from "./docs/docs.ts";
import { emitMock } from "./mock/mock-files.ts";
import type { VirtualFile } from "../virtual-file.ts";

/** Every emitted file, unformatted, in three parts that can be finished as each is ready. */
export interface Emitted {
  /** The text files (package files, OpenAPI document, Markdown): no TypeScript, so ts-morph is not involved. */
  readonly text: VirtualFile[];
  /** The TypeScript modules, printed by ts-morph when called (the longer part of emitting). */
  readonly typescript: () => VirtualFile[];
  /** `src/wire.ts`, when openapi-typescript (on the worker thread) has derived it. */
  readonly wireTypes: Promise<VirtualFile>;
}

/**
 * All emitted files, unformatted. The text files come first, so the caller can have the worker
 * format them while this thread prints the TypeScript modules.
 */
export function emitAll(ir: Ir, symbols: SymbolTable): Emitted {
  const document = openApiDocument(ir);
  const wireTypes = emitWireTypes(ir, document);
  const text = [emitPackageJson(ir), emitLicense(ir), emitOpenApi(ir, document), ...emitDocs(ir)];
  const typescript = () => {
    const modules = emitClientModules(ir, symbols);
    return [
      ...emitRuntime(),
      ...emitEntry(ir, symbols, new Set(modules.map((f) => f.path))),
      ...modules,
      ...emitMock(ir),
    ];
  };
  return { text, typescript, wireTypes };
}
