/** One file snapshot per generated file, per fixture spec, so a review diff shows exactly which file moved. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACTOR_SPEC, FIXTURES } from "../helpers/paths.ts";
import { filesFor } from "../helpers/render.ts";

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
