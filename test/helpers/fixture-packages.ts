/**
 * The fixture packages the tests run: each fixture spec generated into `test/.tmp/fixtures/<name>`
 * (sources, compiled `dist/`, the copied runtime and local server), once per run by the vitest
 * global setup (test/global-setup.ts), before any test file imports one. The snapshots under
 * `test/fixtures/<name>/expected` hold only what the emitters make from the spec; tests that call a
 * fixture's client, start its local server or compile against it use these packages.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../generator/engine/generate.ts";
import { inputsFingerprint } from "../../generator/engine/fingerprint.ts";
import { MANIFEST } from "../../generator/engine/write.ts";
import { stopWorker } from "../../generator/engine/worker.ts";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { FIXTURE_PACKAGES, FIXTURES, ROOT } from "./paths.ts";

/** Each fixture package's name and its spec files, in the order the snapshots list them. */
export const FIXTURE_CASES: readonly (readonly [string, readonly string[]])[] = [
  // Every kind of auth scheme, operations needing different ones.
  ["auth", [join(FIXTURES, "auth/spec.yaml")]],
  ["params", [join(FIXTURES, "params/spec.yaml")]],
  ["hostile", [join(FIXTURES, "hostile/spec.yaml")]],
  ["kinds", [join(FIXTURES, "kinds/spec.yaml")]],
  // Server variables, HEAD and OPTIONS operations, an operation with a server of its own.
  ["servers", [join(FIXTURES, "servers/spec.yaml")]],
  // Two files of one service and a second service in one package; path arguments named Class and
  // Client; a body parameter named like a path argument; a resource with no path parameters.
  ["merged", ["a.yaml", "b.yaml", "c.yaml"].map((f) => join(FIXTURES, "merged", f))],
  // One list per paging style of other vendors: has-more with the last id, a cursor field, a Link header, offset and total.
  ["paging", [join(FIXTURES, "paging/spec.yaml")]],
  // A response of each shape that is not one model: arrays, scalars, maps.
  ["responses", [join(FIXTURES, "responses/spec.yaml")]],
  // Unions: by a discriminator (with and without a mapping), by shape, in arrays, maps and fields.
  ["unions", [join(FIXTURES, "unions/spec.yaml")]],
  // Request bodies of every media type: multipart with files, binary, text, JSON unions and arrays.
  ["bodies", [join(FIXTURES, "bodies/spec.yaml")]],
];

/**
 * Generates every fixture package whose manifest does not record the current inputs (specs and the
 * generator's own sources), through the pipeline's `generate()`; returns the names it generated.
 */
export async function generateFixturePackages(): Promise<string[]> {
  const made: string[] = [];
  try {
    for (const [name, specFiles] of FIXTURE_CASES) {
      const outDir = join(FIXTURE_PACKAGES, name);
      const manifest = join(outDir, MANIFEST);
      const inputs = inputsFingerprint(specFiles, ROOT);
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).inputs === inputs) continue;
      const result = await generate({ specFiles, outDir, cwd: ROOT });
      if (!result.ok)
        throw new Error(`${name}: spec problems\n${result.diagnostics.map(formatDiagnostic).join("\n")}`);
      made.push(name);
    }
  } finally {
    await stopWorker();
  }
  return made;
}
