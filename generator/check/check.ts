/** Check stage: every spec file through load, structure and meaning checks, then the checks across files. */
import type { Diagnostic } from "../diagnostics.ts";
import { sortDiagnostics } from "../diagnostics.ts";
import { loadFile, locate, type LoadedFile } from "../load/load.ts";
import type { RawSpec } from "../load/spec-types.ts";
import type { CheckedSpec } from "../ir/build.ts";
import { checkMeaning } from "./meaning.ts";
import { reporterFor } from "./reporter.ts";
import { checkStructure } from "./structure.ts";

/** A spec file's display path and text, and a reader for files beside it (mock extensions). */
export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** Reads a file named relative to the spec; null when it does not exist. */
  readonly readBeside?: (name: string) => string | null;
}

/** Checks all specs; returns them when there is no problem at all, and every problem otherwise. */
export function checkSpecs(sources: readonly SpecSource[]): { specs: CheckedSpec[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const valid: { loaded: LoadedFile; spec: RawSpec; extensions: Map<string, string> }[] = [];
  for (const source of sources) {
    const { loaded, diagnostics: yamlProblems } = loadFile(source.file, source.text);
    diagnostics.push(...yamlProblems);
    if (!loaded) continue;
    const report = reporterFor(loaded, diagnostics);
    if (!checkStructure(loaded, report)) continue;
    const spec = loaded.value as RawSpec;
    checkMeaning(spec, report, (path) => {
      const { line, column } = locate(loaded, path);
      return `${line}:${column}`;
    });
    const extensions = new Map<string, string>();
    spec.resources.forEach((resource, ri) => {
      if (!resource.mockExtension) return;
      const text = source.readBeside?.(resource.mockExtension) ?? null;
      const key = `${source.file.slice(0, source.file.lastIndexOf("/") + 1)}${resource.mockExtension}`;
      if (text === null) report(["resources", ri, "mockExtension"], "missing-file", `mock extension '${resource.mockExtension}' does not exist beside the spec`);
      else extensions.set(key, text);
    });
    valid.push({ loaded, spec, extensions });
  }
  checkAcrossFiles(valid, diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  return { specs: sorted.length ? [] : valid.map(({ loaded, spec, extensions }) => ({ file: loaded.file, spec, extensions })), diagnostics: sorted };
}

// One package is generated from all files: they must agree on it, and names must stay unique across them.
function checkAcrossFiles(files: readonly { loaded: LoadedFile; spec: RawSpec }[], sink: Diagnostic[]): void {
  const first = files[0];
  const operationIds = new Map<string, string>();
  const typeNames = new Map<string, string>();
  const models = new Map<string, { at: string; json: string }>();
  for (const { loaded, spec } of files) {
    const report = reporterFor(loaded, sink);
    const at = (path: (string | number)[]) => {
      const { line, column } = locate(loaded, path);
      return `${loaded.file}:${line}:${column}`;
    };
    if (first && loaded !== first.loaded && JSON.stringify(spec.package) !== JSON.stringify(first.spec.package)) {
      report(["package"], "package-mismatch", `package differs from the one in ${first.loaded.file}`, { hint: "every spec file of one run must name the same package" });
    }
    // Service-wide models may repeat across files of one service when they are identical.
    (spec.models ?? []).forEach((model, mi) => {
      const path = ["models", mi, "name"];
      const json = JSON.stringify(model);
      const earlier = models.get(model.name);
      if (earlier && earlier.json !== json) report(path, "duplicate-model", `model '${model.name}' differs from the one at ${earlier.at}`, { hint: "models shared by spec files must be identical" });
      else if (!earlier) models.set(model.name, { at: at(path), json });
    });
    spec.resources.forEach((resource, ri) => {
      resource.models.forEach((model, mi) => {
        const path = ["resources", ri, "models", mi, "name"];
        const earlier = models.get(model.name);
        if (earlier && files.length > 1 && !earlier.at.startsWith(`${loaded.file}:`)) report(path, "duplicate-model", `model '${model.name}' is already defined at ${earlier.at}`);
        else if (!earlier) models.set(model.name, { at: at(path), json: JSON.stringify(model) });
      });
      resource.operations.forEach((op, oi) => {
        const path = ["resources", ri, "operations", oi, "id"];
        const earlier = operationIds.get(op.id);
        if (earlier) report(path, "duplicate-operation-id", `operation id '${op.id}' is already used at ${earlier}`);
        else operationIds.set(op.id, at(path));
      });
      const path = ["resources", ri, "name"];
      const earlier = typeNames.get(resource.name);
      if (earlier) report(path, "duplicate-resource", `resource '${resource.name}' is already defined at ${earlier}`);
      else typeNames.set(resource.name, at(path));
    });
  }
}
