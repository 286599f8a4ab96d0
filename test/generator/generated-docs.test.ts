/**
 * Every TypeScript block of every generated README and docs page type-checks against its package,
 * strictly: for generated/ and for each fixture package (generated into test/.tmp by the global setup). A page's blocks make modules as
 * test/helpers/doc-blocks.ts says (the resource page's first block imports what its examples call);
 * one tsc program per package, which reaches the package by name through `paths` to its sources.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fencedBlocks, tsModules, typecheckModules } from "../helpers/doc-blocks.ts";
import { FIXTURE_PACKAGES, GENERATED, ROOT } from "../helpers/paths.ts";
import { FIXTURE_CASES } from "../helpers/fixture-packages.ts";

const packages = [GENERATED, ...FIXTURE_CASES.map(([name]) => join(FIXTURE_PACKAGES, name)).sort()];

// The package's subpaths as tsc `paths` to its sources (the `types` of each export, read in src/).
function pathsOf(dir: string): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string | { types: string }>;
  };
  const out: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === "string") continue;
    const source = target.types.replace(/^\.\/dist\//, "src/").replace(/\.d\.ts$/, ".ts");
    out[pkg.name + subpath.slice(1)] = [join(dir, source)];
  }
  return out;
}

describe("the TypeScript blocks of the generated docs", () => {
  it.each(packages.map((dir) => [relative(ROOT, dir), dir] as const))(
    "%s: every block of its README and docs pages compiles",
    { timeout: 300_000 },
    (name, dir) => {
      const pages = ["README.md", ...readdirSync(join(dir, "docs")).map((f) => `docs/${f}`)].filter((f) =>
        f.endsWith(".md"),
      );
      const blocks = pages.flatMap((page) => fencedBlocks(page, readFileSync(join(dir, page), "utf8")));
      const modules = tsModules(blocks);
      expect(modules.length).toBeGreaterThan(0);
      const report = typecheckModules(modules, `test/.tmp/generated-docs/${name.replace(/\W+/g, "-")}`, {
        types: ["node"],
        paths: pathsOf(dir),
      });
      expect(report).toBe("");
    },
  );
});
