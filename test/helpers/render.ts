/** Renders specs in memory with the pipeline's own `renderSpecs` (the one `generate()` uses), manifest included. */
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { readSpecSource, renderSpecs } from "../../generator/engine/generate.ts";
import { checkSpecs } from "../../generator/engine/check-specs.ts";
import { buildIr } from "../../generator/ir/build.ts";
import type { Ir } from "../../generator/ir/types.ts";
import { withManifest } from "../../generator/engine/write.ts";
import { inputsFingerprint } from "../../generator/engine/fingerprint.ts";
import { ROOT } from "./paths.ts";

/** Every file `generate()` would write for these specs, run from the repository root. */
export async function filesFor(...specPaths: string[]) {
  const rendered = await renderSpecs(await Promise.all(specPaths.map((p) => readSpecSource(p, ROOT))));
  if (!rendered.ok)
    throw new Error(`spec problems:\n${rendered.diagnostics.map(formatDiagnostic).join("\n")}`);
  return withManifest(rendered.files, inputsFingerprint(specPaths, ROOT));
}

/** The IR of these specs, which must have no errors. */
export async function irFor(...specPaths: string[]): Promise<Ir> {
  const { catalog, diagnostics } = checkSpecs(
    await Promise.all(specPaths.map((p) => readSpecSource(p, ROOT))),
  );
  if (!catalog) throw new Error(`spec problems:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
  return buildIr(catalog).ir;
}
