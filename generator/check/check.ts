/**
 * Check stage: every spec file through load and the structure check, then the catalog (resolve) and
 * the meaning checks over it. Collects every problem, then fails once.
 */
import { sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { loadFile } from "../load/load.ts";
import { reporterFor } from "../load/reporter.ts";
import type { RawSpec } from "../load/spec-types.ts";
import { buildCatalog, type Catalog, type SpecFile } from "../resolve/catalog.ts";
import { checkMeaning } from "./meaning.ts";
import { checkStructure } from "./structure.ts";
import { transformSync, type TransformFailure } from "esbuild";

/** A spec file's display path and text, and a reader for files beside it (mock extensions, the guide). */
export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** Reads a file named relative to the spec; null when it does not exist. Throws when it cannot be read. */
  readonly readBeside?: (name: string) => string | null;
}

/** The catalog when no spec has an error (warnings allowed), and every diagnostic found, sorted. */
export interface CheckResult {
  readonly catalog: Catalog | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Checks all specs together; `warnings: false` skips the warnings (locating them costs a positioned parse). */
export function checkSpecs(
  sources: readonly SpecSource[],
  options: { warnings?: boolean } = {},
): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const files: SpecFile[] = [];
  for (const source of sources) {
    const { loaded, diagnostics: yamlProblems } = loadFile(source.file, source.text);
    diagnostics.push(...yamlProblems);
    if (!loaded) continue;
    const report = reporterFor(loaded, diagnostics);
    if (!checkStructure(loaded, report)) continue;
    const spec = loaded.value as RawSpec;
    const extensions = new Map<string, string>();
    const besides = (
      name: string,
      at: (string | number)[],
      what: string,
      parse?: (key: string, text: string) => Diagnostic | null,
    ) => {
      const key = `${source.file.slice(0, source.file.lastIndexOf("/") + 1)}${name}`;
      try {
        const text = source.readBeside?.(name) ?? null;
        if (text === null) report(at, "missing-file", `${what} '${name}' does not exist beside the spec`);
        else if (text.includes("\u0000"))
          report(at, "unreadable-file", `${what} '${name}' is not a text file`);
        else {
          const problem = parse?.(key, text) ?? null;
          if (problem) diagnostics.push(problem);
          else extensions.set(key, text);
        }
      } catch (error) {
        report(
          at,
          "unreadable-file",
          `${what} '${name}' cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    };
    (spec.resources ?? []).forEach((resource, ri) => {
      if (resource.mockExtension)
        besides(resource.mockExtension, ["resources", ri, "mockExtension"], "mock extension", syntaxProblem);
    });
    if (spec.package.guide) besides(spec.package.guide, ["package", "guide"], "guide");
    files.push({ loaded, spec, extensions });
  }
  const catalog = buildCatalog(files, diagnostics);
  if (catalog) checkMeaning(catalog, diagnostics, options.warnings ?? true);
  const sorted = sortDiagnostics(diagnostics);
  return { catalog: sorted.some((d) => d.severity === "error") ? null : catalog, diagnostics: sorted };
}

// A mock extension is TypeScript copied into the package: a syntax error is reported in its own file.
function syntaxProblem(file: string, text: string): Diagnostic | null {
  try {
    transformSync(text, { loader: "ts", format: "esm", logLevel: "silent" });
    return null;
  } catch (error) {
    const first = (error as TransformFailure).errors?.[0];
    return {
      code: "mock-extension-syntax",
      severity: "error",
      message: `the mock extension does not parse: ${first?.text ?? (error as Error).message}`,
      file,
      line: first?.location?.line ?? 1,
      column: (first?.location?.column ?? 0) + 1,
      path: "",
      hint: "fix the TypeScript of the extension file",
    };
  }
}
