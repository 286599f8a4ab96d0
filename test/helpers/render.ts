/** Renders a spec to its files in memory, exactly as `generate()` would write them (manifest included). */
import { checkSpecs } from "../../generator/check/check.ts";
import { readSpecSource, renderFiles } from "../../generator/generate.ts";
import { buildIr } from "../../generator/ir/build.ts";
import { withManifest } from "../../generator/write/write.ts";
import { ROOT } from "./paths.ts";

export async function filesFor(specPath: string) {
  const { specs, diagnostics } = checkSpecs([await readSpecSource(specPath, ROOT)]);
  if (diagnostics.length) throw new Error(`spec problems in ${specPath}: ${JSON.stringify(diagnostics)}`);
  return withManifest(await renderFiles(buildIr(specs)));
}
