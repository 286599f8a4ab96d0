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
import { checkStructure } from "../load/structure.ts";
import { createRequire } from "node:module";
import type * as Oxc from "oxc-transform";

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

// oxc parses in-process (native code, about a millisecond), loaded only for specs with extensions.
let oxc: typeof Oxc | undefined;

// A mock extension is TypeScript copied into the package: a syntax error is reported in its own file.
function syntaxProblem(file: string, text: string): Diagnostic | null {
  oxc ??= createRequire(import.meta.url)("oxc-transform") as typeof Oxc;
  const error = oxc
    .transformSync(file, text, { lang: "ts", sourceType: "module" })
    .errors.find((e) => e.severity === "Error");
  if (!error) return null;
  // oxc counts UTF-8 bytes; lines and columns here count UTF-16 code units, as the editors do.
  const bytes = Buffer.from(text, "utf8");
  const start = error.labels[0]?.start ?? 0;
  const before = bytes.subarray(0, start).toString("utf8");
  const line = before.split("\n").length;
  const found = bytes.subarray(start, error.labels[0]?.end ?? start).toString("utf8");
  const unexpected = error.message === "Unexpected token" && found ? ` ${JSON.stringify(found)}` : "";
  return {
    code: "mock-extension-syntax",
    severity: "error",
    message: `the mock extension does not parse: ${error.message}${unexpected}`,
    file,
    line,
    column: before.length - before.lastIndexOf("\n"),
    path: "",
    hint: "fix the TypeScript of the extension file",
  };
}
