/** Diagnostics: the one problem type every stage reports, printed like a compiler. */

/** One problem found in a spec, located in its source file. */
export interface Diagnostic {
  /** Stable kebab-case identifier of the kind of problem, such as `range-inverted`. */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Spec file path as given to the generator, with `/` separators. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Path of the offending node inside the spec document, such as `resources.0.name`. */
  readonly path: string;
  /** What would be right, when the generator can tell. */
  readonly hint?: string;
}

/** Formats one diagnostic as `file:line:col error[code] message`, with an indented hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity}[${d.code}] ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/**
 * Many diagnostics in a few lines: one per code (in code order) with its count and the first
 * place it was said, for a person to read; `--verbose` prints each instead.
 */
export function summarizeDiagnostics(list: readonly Diagnostic[]): string[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(list)) {
    const key = `${d.severity}[${d.code}]`;
    byCode.set(key, [...(byCode.get(key) ?? []), d]);
  }
  return [...byCode]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, all]) => {
      const first = all[0]!;
      const place = `${first.file}:${first.line}:${first.column}`;
      return `${key} ${all.length}x, first at ${place}: ${first.message}`;
    });
}

/** Warnings as a command prints them: each with `verbose`, else summarized, with a closing count. */
export function warningLines(warnings: readonly Diagnostic[], verbose: boolean): string {
  if (verbose) return warnings.map(formatDiagnostic).join("\n");
  return [
    ...summarizeDiagnostics(warnings),
    `${warnings.length} warning(s) in all; --verbose lists each`,
  ].join("\n");
}

/** Orders diagnostics by file, line, column and code, so output never depends on check order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code),
  );
}

/** Code-point comparison; never locale-dependent. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Thrown by `generate()` when the specs have problems; carries all of them. */
export class SpecError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the spec:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
    this.name = "SpecError";
    this.diagnostics = diagnostics;
  }
}
