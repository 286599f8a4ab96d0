/** Package emitter: the generated package's `package.json` (ESM, exports map, no dependencies) and `LICENSE`. */
import type { TsIr } from "../ts/model.ts";
import { resourceModules, resourceSubpath } from "../ts/layout.ts";
import type { VirtualFile } from "../../virtual-file.ts";

/** `package.json` of the generated package. */
export function emitPackageJson(ir: TsIr): VirtualFile {
  const manifest = {
    name: ir.package.name,
    version: ir.package.version,
    description: ir.package.description,
    license: ir.package.license,
    type: "module",
    sideEffects: false,
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      // createClient and the runtime's types and errors without every resource: the light entry.
      "./client": { types: "./dist/client.d.ts", default: "./dist/client.js" },
      ...resourceExports(ir),
      "./mock": { types: "./dist/mock/index.d.ts", node: "./dist/mock/index.js" },
      "./openapi.yaml": "./openapi.yaml",
      "./package.json": "./package.json",
    },
    bin: { [`${ir.package.name.replace(/^@[^/]+\//, "")}-mock`]: "./dist/mock/cli.js" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    // For TypeScript's `moduleResolution: node10` (the default of `module: commonjs`), which ignores
    // `exports`: the subpaths' types by the same names.
    typesVersions: { "*": typesVersions(ir) },
    files: ["dist", "src", "docs", "openapi.yaml", "README.md", "LICENSE"],
    // ESM only: Node 20.19 is the first Node 20 whose require() loads ES modules (tested), for CommonJS apps.
    engines: { node: ">=20.19" },
  };
  return { path: "package.json", content: JSON.stringify(manifest, null, 2) + "\n", preformatted: true };
}

/** Each resource's subpath (`./factors`) and its compiled `index` module, without extension, in spec order. */
function resourceEntries(ir: TsIr): { subpath: string; dist: string }[] {
  return ir.services.flatMap((service) =>
    service.resources.map((resource) => ({
      subpath: resourceSubpath(resource),
      dist: `./${resourceModules(service, resource)
        .index.replace(/^src\//, "dist/")
        .replace(/\.ts$/, "")}`,
    })),
  );
}

/** One subpath export per resource: its `index` module's types and code. */
function resourceExports(ir: TsIr): Record<string, { types: string; default: string }> {
  return Object.fromEntries(
    resourceEntries(ir).map(({ subpath, dist }) => [
      subpath,
      { types: `${dist}.d.ts`, default: `${dist}.js` },
    ]),
  );
}

/** `typesVersions` entries: each subpath (without `./`) to its declaration file. */
function typesVersions(ir: TsIr): Record<string, [string]> {
  return Object.fromEntries([
    ["client", ["./dist/client.d.ts"]],
    ["mock", ["./dist/mock/index.d.ts"]],
    ...resourceEntries(ir).map(({ subpath, dist }) => [subpath.slice(2), [`${dist}.d.ts`]]),
  ]);
}

const MIT = `MIT License

Copyright (c) the authors of {name}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

/**
 * `LICENSE`: the MIT text for an MIT package; for any other SPDX identifier, the identifier and where
 * its text is published (this generator carries only the MIT text).
 */
export function emitLicense(ir: TsIr): VirtualFile {
  const id = ir.package.license;
  const content =
    id === "MIT"
      ? MIT.replace("{name}", ir.package.name)
      : `SPDX-License-Identifier: ${id}\n\nThe text of this license is published at https://spdx.org/licenses/${id}.html\n`;
  return { path: "LICENSE", content, preformatted: true };
}
