/**
 * The light half of the pipeline: read -> load -> check -> IR -> each target's checks (the names it
 * would declare), with none of the heavy tools (ts-morph, the formatters) loaded, so
 * a spec problem is reported at once. `generate()` and the tests continue from its result; the CLI
 * runs it before loading the rest.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { checkSpecs, type SpecSource } from "./check-specs.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { buildIr } from "../ir/build.ts";
import type { Ir } from "../ir/types.ts";
import { TARGETS, type Assets, type Place, type Target } from "../targets/targets.ts";
import { readAssets } from "./assets.ts";

/** The specs checked, with their IR and what the targets need, or every problem found. */
export type Prepared =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly ir: Ir;
      /** Where each IR node was written. */
      readonly origins: WeakMap<object, Place>;
      /** The targets' assets, read once. */
      readonly assets: Assets;
      readonly warnings: readonly Diagnostic[];
    };

/**
 * The package's name and version as a project's configuration or flags set them, in place of the
 * specs' own (already checked as npm names and versions).
 */
export interface PackageOverride {
  readonly name?: string;
  readonly version?: string;
  /** An npm scope (`@acme`) put before the name (the given one, else the spec's). */
  readonly scope?: string;
}

/** The IR's package with an override applied. */
function overridden(pkg: Ir["package"], override: PackageOverride): Ir["package"] {
  const bare = (override.name ?? pkg.name).replace(/^@[^/]+\//, "");
  const name = override.scope ? `${override.scope}/${bare}` : (override.name ?? pkg.name);
  return { ...pkg, name, version: override.version ?? pkg.version };
}

/**
 * Checks the sources, builds the IR and runs the targets' checks (every target's unless given);
 * `warnings: false` skips the warnings (locating them costs a positioned parse).
 */
export function prepare(
  sources: readonly SpecSource[],
  options: {
    readonly targets?: readonly Target[];
    readonly warnings?: boolean;
    readonly package?: PackageOverride;
  } = {},
): Prepared {
  const targets = options.targets ?? TARGETS;
  const { catalog, diagnostics } = checkSpecs(sources, { warnings: options.warnings ?? true });
  if (!catalog) return { ok: false, diagnostics };
  const built = buildIr(catalog);
  const { origins } = built;
  const ir = options.package
    ? { ...built.ir, package: overridden(built.ir.package, options.package) }
    : built.ir;
  const assets = readAssets(targets);
  const problems = [...new Set(targets.flatMap((t) => t.check({ ir, origins, assets })))];
  if (problems.length) return { ok: false, diagnostics: sortDiagnostics([...diagnostics, ...problems]) };
  return { ok: true, ir, origins, assets, warnings: diagnostics };
}

/** A spec file as the check stage reads it: display path, text, and access to files beside it. */
export async function readSpecSource(path: string, cwd: string): Promise<SpecSource> {
  return {
    file: relative(cwd, path).split(sep).join("/"),
    text: await readFile(path, "utf8"),
    readBeside: (name: string) => {
      const beside = join(dirname(path), name);
      if (!existsSync(beside)) return null;
      if (!statSync(beside).isFile()) throw Object.assign(new Error("not a file"), { code: "not a file" });
      return readFileSync(beside, "utf8");
    },
  };
}
