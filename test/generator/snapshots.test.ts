/** One file snapshot per generated file, per fixture spec, so a review diff shows exactly which file moved. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpecs } from "../../generator/check/check.ts";
import { renderFiles } from "../../generator/generate.ts";
import { buildIr } from "../../generator/ir/build.ts";
import { withManifest } from "../../generator/write/write.ts";
import { FACTOR_SPEC, FIXTURES, ROOT } from "../helpers/paths.ts";

/** The files one spec generates, as `generate()` would write them (manifest included). */
export async function filesFor(specPath: string) {
  const file = specPath.slice(ROOT.length);
  const { specs, diagnostics } = checkSpecs([{ file, text: readFileSync(specPath, "utf8") }]);
  expect(diagnostics).toEqual([]);
  return withManifest(await renderFiles(buildIr(specs)));
}

const cases: [string, string][] = [
  ["factor", FACTOR_SPEC],
  ["hostile", join(FIXTURES, "hostile/spec.yaml")],
];

describe.each(cases)("snapshots: %s", (name, spec) => {
  it("every generated file matches its snapshot", async () => {
    const files = await filesFor(spec);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      await expect(file.content).toMatchFileSnapshot(join(FIXTURES, name, "expected", file.path));
    }
  });
});
