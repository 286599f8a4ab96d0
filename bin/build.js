#!/usr/bin/env node
// `npm run build` (and `prepack`): the prebuilt generator an installed package runs on plain Node,
// without tsx. esbuild bundles the command (generator/cli.ts) and the programmatic API
// (generator/tool/api.ts) into dist/, and tsc writes the API's declarations into dist/types/.
// Files the generator reads beside its sources (templates, the runtime sources, the worker, the
// spec schema) stay where they are in the package: each bundled module's `import.meta.url` is
// rewritten to its source file's place relative to dist/, so they are found in whatever
// node_modules the package is installed in.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = join(ROOT, "dist");

rmSync(DIST, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { cli: join(ROOT, "generator/cli.ts"), api: join(ROOT, "generator/tool/api.ts") },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  outdir: DIST,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
  plugins: [
    {
      name: "source-location",
      setup(build) {
        build.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
          // Chunks sit one folder deeper than the entries; both reach the source from their own URL.
          const place = (from) => relative(from, args.path).split("\\").join("/");
          const url = `new URL(import.meta.url.includes("/dist/chunks/") ? ${JSON.stringify(place(join(DIST, "chunks")))} : ${JSON.stringify(place(DIST))}, import.meta.url).href`;
          return {
            loader: args.path.endsWith(".ts") ? "ts" : "js",
            contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", url),
          };
        });
      },
    },
  ],
});

// The API's declarations: tsc over the API's module graph, then `.ts` specifiers as `.js` (a
// declaration file's `./x.js` resolves to `./x.d.ts` under every module resolution).
execFileSync(
  process.execPath,
  [
    join(ROOT, "node_modules/typescript/bin/tsc"),
    ...["--declaration", "--emitDeclarationOnly", "--rewriteRelativeImportExtensions"],
    ...["--allowImportingTsExtensions", "--strict", "--skipLibCheck", "--resolveJsonModule"],
    ...["--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node"],
    ...["--rootDir", join(ROOT, "generator"), "--outDir", join(DIST, "types")],
    join(ROOT, "generator/tool/api.ts"),
  ],
  { stdio: "inherit" },
);
const declarations = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? declarations(join(dir, e.name)) : e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );
for (const file of declarations(join(DIST, "types")))
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(/(from\s+|import\()"(\.{1,2}\/[^"]+?)\.(m?)ts"/g, '$1"$2.$3js"'),
  );
process.stdout.write(`built ${relative(ROOT, DIST)}/ (cli.mjs, api.mjs, types/)\n`);
