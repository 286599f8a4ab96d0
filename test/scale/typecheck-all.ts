/**
 * Type-checks every package `generate-all.ts` wrote, clients and local servers, in one strict
 * TypeScript program (the options the committed package is checked with; the local servers need
 * Node's types, so they are on for this one program). Shared by the whole-API test and the bench.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../generator/engine/cache.ts";

const STRICT = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  isolatedDeclarations: true,
  declaration: true,
  noEmit: true,
  // The libraries' own .d.ts (DOM, Node) are not what is checked here; every generated .ts file is.
  skipLibCheck: true,
  lib: ["ES2022", "DOM"],
  types: ["node"],
  typeRoots: [join(ROOT, "node_modules/@types")],
};

/** tsc's verdict on every package under `outDir`: its exit status, its output and the seconds it took. */
export function typecheckAll(outDir: string): { status: number | null; output: string; seconds: number } {
  const config = join(outDir, "tsconfig.json");
  writeFileSync(config, JSON.stringify({ compilerOptions: STRICT, include: ["*/src"] }));
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", config], {
    cwd: outDir,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: r.stdout + r.stderr, seconds: (performance.now() - started) / 1000 };
}
