/**
 * The TypeScript client target: the npm package (package.json, LICENSE, the runtime) with one
 * module set per resource (types, validators, serializers, decoders, operations), the entry, and
 * the wire types of the schemas the OpenAPI target writes.
 */
import type { Target } from "../target.ts";
import { planTypeScript } from "../ts/plan.ts";
import { RUNTIME_ASSETS, runtimeExports } from "../ts/runtime-exports.ts";
import { GLOBALS } from "../ts/symbols.ts";

const runtime = (assets: ReadonlyMap<string, ReadonlyMap<string, string>>) => assets.get(RUNTIME_ASSETS)!;

export const clientTarget: Target = {
  name: "client",
  description:
    "the TypeScript client: an installable package of typed operation functions, validators, serializers, decoders and streams",
  assets: [RUNTIME_ASSETS],
  uses: [],
  reserved: (assets) => [
    ...GLOBALS,
    ...runtimeExports(runtime(assets)).map((e) => e.name),
    "createClient",
    "ClientOptions",
    "Wire",
  ],
  check: ({ ir, origins, assets }) => planTypeScript(ir, origins, runtime(assets)).diagnostics,
  async emit({ ir, origins, assets }) {
    const { emitClient } = await import("./emit.ts");
    return emitClient(planTypeScript(ir, origins, runtime(assets)), runtime(assets), ir);
  },
};
