/** Package emitter: the generated package's `package.json` (ESM, exports map, no dependencies). */
import type { Ir } from "../ir/types.ts";
import type { VirtualFile } from "./virtual-file.ts";

/** `package.json` of the generated package. */
export function emitPackageJson(ir: Ir): VirtualFile {
  const manifest = {
    name: ir.package.name,
    version: ir.package.version,
    description: ir.package.description,
    license: ir.package.license,
    type: "module",
    sideEffects: false,
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./mock": { types: "./dist/mock/index.d.ts", node: "./dist/mock/index.js" },
      "./openapi.yaml": "./openapi.yaml",
      "./package.json": "./package.json",
    },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "src", "docs", "openapi.yaml", "README.md"],
    engines: { node: ">=18" },
  };
  return { path: "package.json", content: JSON.stringify(manifest, null, 2) + "\n", preformatted: true };
}
