/**
 * A document carried the whole way, as a user would: `generate import` into spec files, then
 * `generate` into a package in a temporary folder, whose built client a test then imports.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatDiagnostic, type Diagnostic } from "../../generator/diagnostics.ts";
import { findSpecs } from "../../generator/engine/find-specs.ts";
import { generate } from "../../generator/engine/generate.ts";
import { importDocument } from "../../generator/import/import.ts";
import { ROOT, tempDir } from "./paths.ts";

/** The generated package of one document: its folder, its import warnings, and its modules. */
export interface ImportedPackage {
  readonly dir: string;
  readonly warnings: readonly Diagnostic[];
  /** The package's root module (`dist/index.js`). */
  readonly api: Record<string, any>;
  /** Its local server (`dist/mock/index.js`). */
  readonly mock: Record<string, any>;
}

/** Imports `document` (with `conventions`, if any) and generates its package; throws with the diagnostics on a failure. */
export async function importedPackage(
  document: string,
  conventions: string | null = null,
): Promise<ImportedPackage> {
  const dir = tempDir("imported-");
  const imported = await importDocument({ document, outDir: join(dir, "spec"), conventions, cwd: ROOT });
  if (!imported.ok) throw new Error(imported.diagnostics.map(formatDiagnostic).join("\n"));
  const generated = await generate({
    specFiles: findSpecs(join(dir, "spec")),
    outDir: join(dir, "pkg"),
    cwd: ROOT,
  });
  if (!generated.ok) throw new Error(generated.diagnostics.map(formatDiagnostic).join("\n"));
  const load = (path: string) => import(pathToFileURL(join(dir, "pkg/dist", path)).href);
  return {
    dir: join(dir, "pkg"),
    warnings: imported.diagnostics.filter((d) => d.severity === "warning"),
    api: await load("index.js"),
    mock: await load("mock/index.js"),
  };
}
