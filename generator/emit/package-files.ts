/** Package emitter: the generated package's `package.json` (ESM, exports map, no dependencies). */
import type { Ir } from "../ir/types.ts";
import { resourceModules, resourceSubpath } from "../symbols/layout.ts";
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
      ...resourceExports(ir),
      "./mock": { types: "./dist/mock/index.d.ts", node: "./dist/mock/index.js" },
      "./openapi.yaml": "./openapi.yaml",
      "./package.json": "./package.json",
    },
    bin: { [`${ir.package.name.replace(/^@[^/]+\//, "")}-mock`]: "./dist/mock/cli.js" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "src", "docs", "openapi.yaml", "README.md"],
    engines: { node: ">=18" },
  };
  return { path: "package.json", content: JSON.stringify(manifest, null, 2) + "\n", preformatted: true };
}

/** One subpath export per resource (`./factors`), in spec order: its `index` module, compiled. */
function resourceExports(ir: Ir): Record<string, { types: string; default: string }> {
  const entries = ir.services.flatMap((service) =>
    service.resources.map((resource) => {
      const dist = `./${resourceModules(service, resource)
        .index.replace(/^src\//, "dist/")
        .replace(/\.ts$/, "")}`;
      return [resourceSubpath(resource), { types: `${dist}.d.ts`, default: `${dist}.js` }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
