/**
 * The engine's first steps over the spec files, in the stages' order: load each file (with its
 * structure checked against the format's schema), read the files beside it that it names (mock
 * extensions, guide), resolve the catalog, check its meaning. Every problem is collected, then the
 * run fails once. The stages touch no disk: the reading happens here.
 */
import { extensionSyntaxProblem } from "../check/extensions.ts";
import { checkMeaning } from "../check/meaning.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { loadFile, type NodePath, type WrittenSpec } from "../load/load.ts";
import { reporterFor, type Report } from "../load/reporter.ts";
import type { RawSpec } from "../load/spec-types.ts";
import { checkStructure } from "../load/structure.ts";
import { buildCatalog, type Catalog, type SpecFile } from "../resolve/catalog.ts";
import { specValidator } from "./spec-schema.ts";

/** A spec file as the run reads it: display path, text, and a reader of files beside it. */
export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** Reads a file named relative to the spec; null when it does not exist. Throws when it cannot be read. */
  readonly readBeside?: (name: string) => string | null;
  /** The data and positions the text was written from (an import's specs): the text is not parsed. */
  readonly written?: WrittenSpec;
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
  const validate = specValidator();
  for (const source of sources) {
    const { loaded, diagnostics: yamlProblems } = loadFile(source.file, source.text, source.written);
    diagnostics.push(...yamlProblems);
    if (!loaded) continue;
    const report = reporterFor(loaded, diagnostics);
    if (!checkStructure(loaded, report, validate)) continue;
    const spec = loaded.value as RawSpec;
    files.push({ loaded, spec, extensions: readBesides(source, spec, report, diagnostics) });
  }
  const catalog = buildCatalog(files, diagnostics);
  if (catalog) checkMeaning(catalog, diagnostics, options.warnings ?? true);
  const sorted = sortDiagnostics(diagnostics);
  return { catalog: sorted.some((d) => d.severity === "error") ? null : catalog, diagnostics: sorted };
}

/** The files a spec names beside itself (path -> text); a missing, unreadable or unparsable one is a problem. */
function readBesides(
  source: SpecSource,
  spec: RawSpec,
  report: Report,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const out = new Map<string, string>();
  const besides = (name: string, at: NodePath, what: string, isCode: boolean) => {
    const key = `${source.file.slice(0, source.file.lastIndexOf("/") + 1)}${name}`;
    try {
      const text = source.readBeside?.(name) ?? null;
      if (text === null) report(at, "missing-file", `${what} '${name}' does not exist beside the spec`);
      else if (text.includes("\u0000")) report(at, "unreadable-file", `${what} '${name}' is not a text file`);
      else {
        const problem = isCode ? extensionSyntaxProblem(key, text) : null;
        if (problem) diagnostics.push(problem);
        else out.set(key, text);
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
      besides(resource.mockExtension, ["resources", ri, "mockExtension"], "mock extension", true);
  });
  if (spec.package.guide) besides(spec.package.guide, ["package", "guide"], "guide", false);
  return out;
}
