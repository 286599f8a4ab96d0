/** Wire-types emitter: openapi-typescript's types of the raw JSON on the wire, from our OpenAPI document. */
import { readFileSync } from "node:fs";
import type { Ir } from "../ir/types.ts";
import { runOnWorker } from "./worker.ts";
import { packageVersion, readCacheEntry, sha256, writeCacheEntry } from "./cache.ts";
import { MODULES } from "../targets/ts/layout.ts";
import { generatedHeader, type VirtualFile } from "../virtual-file.ts";
import type { Schema } from "../targets/openapi/schemas.ts";

/**
 * `src/wire.ts`: the decoders are typed against it, so tsc catches drift between them and the schemas.
 * openapi-typescript reads the document's schemas alone: the decoders use nothing else, and its
 * types of every path and operation would be most of the file (about four fifths of Verify's),
 * changed by any summary. Its output is kept in the disk cache, keyed by what decides it: the
 * versions of openapi-typescript and the TypeScript it prints with, the worker's code that keeps and
 * documents the interface, and the input's text.
 */
export async function emitWireTypes(ir: Ir, document: Schema): Promise<VirtualFile> {
  const schemasOnly = {
    openapi: document["openapi"],
    info: document["info"],
    paths: {},
    components: { schemas: (document["components"] as Schema | undefined)?.["schemas"] ?? {} },
  };
  const decides = [
    packageVersion("openapi-typescript"),
    packageVersion("typescript"),
    readFileSync(new URL("./worker.mjs", import.meta.url), "utf8"),
    JSON.stringify(schemasOnly),
  ];
  const entry = `wire-types/${sha256(decides.join("\0"))}.ts`;
  let text = readCacheEntry(entry);
  if (text === null) {
    try {
      text = await runOnWorker("wireTypes", { document: schemasOnly });
    } catch (error) {
      throw new Error(`openapi-typescript failed: ${(error as Error).message}`);
    }
    writeCacheEntry(entry, text);
  }
  const note =
    "// Types of the raw JSON on the wire, derived by openapi-typescript from openapi.yaml's schemas.\n";
  const alias =
    '\n/** The wire schemas by name: what the decoders read. */\nexport type Wire = components["schemas"];\n';
  return { path: MODULES.wire, content: `${generatedHeader(ir.sources, "ts")}${note}\n${text}${alias}` };
}
