/** Renders a spec to its files in memory, exactly as `generate()` would write them (manifest included). */
import { readFileSync } from "node:fs";
import { checkSpecs } from "../../generator/check/check.ts";
import { renderFiles } from "../../generator/generate.ts";
import { buildIr } from "../../generator/ir/build.ts";
import { withManifest } from "../../generator/write/write.ts";
import { ROOT } from "./paths.ts";

export async function filesFor(specPath: string) {
  const file = specPath.slice(ROOT.length);
  const { specs, diagnostics } = checkSpecs([{ file, text: readFileSync(specPath, "utf8") }]);
  if (diagnostics.length) throw new Error(`spec problems in ${file}: ${JSON.stringify(diagnostics)}`);
  return withManifest(await renderFiles(buildIr(specs)));
}
