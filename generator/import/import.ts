/**
 * Import: an OpenAPI document -> spec files in this repository's format, checked by the check stage
 * in memory before anything is written, with a report of the rules lifted from prose and of the
 * sentences that look like rules but were not.
 */
import { readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { checkSpecs } from "../engine/check-specs.ts";
import { formatDiagnostic, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { readAssets } from "../engine/assets.ts";
import { TARGETS } from "../targets/targets.ts";
import { buildSpecs, PLACEHOLDER_ORIGIN } from "./build.ts";
import type { ImportedSpec, ImportReport } from "./context.ts";
import { GENERIC_CONVENTIONS, readConventions } from "./conventions.ts";
import { documentReporter, isObject, readOpenApi, type JsonObject, type OpenApiDocument } from "./openapi.ts";
import { leaveOutInvalid } from "./tolerate.ts";
import type { NodePath, WrittenSpec } from "../load/load.ts";
import { dropUnusablePatterns } from "./patterns.ts";
import { writeSpec, writeSpecs } from "./write.ts";

/** What to import and where. */
export interface ImportOptions {
  readonly document: string;
  readonly outDir: string;
  /** Only paths starting with this. */
  readonly prefix?: string | null;
  /** The service name (default: from the document's title). */
  readonly service?: string | null;
  /** A YAML file with the API's conventions (package, auth, errors, paging, local server, shared models). */
  readonly conventions?: string | null;
  /** Overwrite edited or foreign spec files. */
  readonly force?: boolean;
  /**
   * Refuse the document (nothing written) when the import warns of anything: what the spec cannot
   * carry as the document says (an operation, parameter, field or schema left out) is an error.
   */
  readonly strict?: boolean;
  /** Write nothing; return the files. */
  readonly dryRun?: boolean;
  /** Paths in diagnostics are relative to this folder. Default: process.cwd(). */
  readonly cwd?: string;
}

/** The outcome: diagnostics, or the files (and what was written), with the report. */
export interface ImportResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Each spec file's name and text, with the data and positions it was written from (`SpecSource.written`). */
  readonly files: readonly { readonly name: string; readonly text: string; readonly written?: WrittenSpec }[];
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly report: ImportReport | null;
}

/**
 * A file's text; a FIFO, device or folder is refused (error code `ENOTREG`) rather than read,
 * since reading a FIFO with no writer never ends.
 */
async function readRegularFile(path: string): Promise<string> {
  if (!(await stat(path)).isFile())
    throw Object.assign(new Error(`not a regular file: ${path}`), { code: "ENOTREG" });
  return readFile(path, "utf8");
}

/** Names the targets' output takes itself: imported names avoid them. */
function reservedNames(): ReadonlySet<string> {
  const assets = readAssets(TARGETS);
  return new Set(TARGETS.flatMap((t) => t.reserved?.(assets) ?? []));
}

/** Imports a document; writes the spec files only when every one of them passes the check stage. */
export async function importDocument(options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => relative(cwd, resolve(cwd, path)).split(sep).join("/");
  const fail = (diagnostics: Diagnostic[]): ImportResult => ({
    ok: false,
    diagnostics: sortDiagnostics(diagnostics),
    files: [],
    written: [],
    unchanged: [],
    report: null,
  });
  const source = display(options.document);
  const { document, diagnostics } = readOpenApi(
    source,
    await readRegularFile(options.document),
    resolve(cwd, options.document),
  );
  if (!document) return fail(diagnostics);
  const droppedPatterns = dropUnusablePatterns(document);
  let conventions = GENERIC_CONVENTIONS;
  if (options.conventions) {
    const read = readConventions(display(options.conventions), await readRegularFile(options.conventions));
    if (!read.conventions) return fail(read.diagnostics);
    conventions = read.conventions;
  }
  const prefix = options.prefix ?? null;
  const {
    specs,
    report,
    warnings: notCarried,
  } = buildSpecs(document, conventions, {
    prefix,
    service: options.service ?? null,
    reserved: reservedNames(),
  });
  if (!specs.length && prefix !== null) {
    return fail([
      {
        code: "no-matching-path",
        severity: "error",
        message: `no path of the document with an operation starts with '${prefix}'`,
        file: source,
        line: 1,
        column: 1,
        path: "paths",
        hint: "check --path against the document's paths",
      },
    ]);
  }
  if (!specs.length) {
    const warning: Diagnostic = {
      code: "no-operations",
      severity: "warning",
      message: "the document describes no operation: there is nothing to import",
      file: source,
      line: 1,
      column: 1,
      path: "paths",
    };
    const said = sortDiagnostics([warning, ...diagnostics, ...droppedPatterns, ...notCarried]);
    if (options.strict) return fail(asErrors(said));
    return {
      ok: true,
      diagnostics: said,
      files: [],
      written: [],
      unchanged: [],
      report,
    };
  }
  const outDir = resolve(cwd, options.outDir);
  const { files, errors } = leaveOutUntilValid(specs, outDir, {
    source,
    display,
    components: componentNames(document.root),
    report,
    warn: notCarriedWarner(document, notCarried),
  });
  // A document the importer maps into an invalid spec: said first at the document, then each problem
  // at its place in the spec the import would have written (none was).
  if (errors.length) {
    const explanation: Diagnostic = {
      code: "imported-spec-invalid",
      severity: "error",
      message: `the specs imported from this document break ${errors.length} rule(s) of the spec format, so nothing was written`,
      file: source,
      line: 1,
      column: 1,
      path: "",
      hint: "the problems below are placed in the spec files as they would be written; fix the document where they come from",
    };
    const failed = fail(errors);
    return { ...failed, diagnostics: [explanation, ...failed.diagnostics] };
  }
  // Said, not refused: the specs are valid, and every client takes its own `baseUrl`.
  const warnings: Diagnostic[] = [...diagnostics, ...droppedPatterns, ...notCarried];
  if (specs.some((s) => `${s.spec.service.baseUrl}/`.startsWith(`${PLACEHOLDER_ORIGIN}/`))) {
    documentReporter(document, warnings)(
      Array.isArray(document.root["servers"]) ? ["servers"] : [],
      "no-server-origin",
      `the document gives no absolute server URL, so the specs' baseUrl is the placeholder ${PLACEHOLDER_ORIGIN}`,
      {
        severity: "warning",
        hint: "give the document a server with an absolute URL, or edit baseUrl in the specs (clients can also pass baseUrl)",
      },
    );
  }
  const said = sortDiagnostics(warnings);
  if (options.strict && said.length) return fail(asErrors(said));
  if (options.dryRun) return { ok: true, diagnostics: said, files, written: [], unchanged: [], report };
  const written = writeSpecs(outDir, files, options.force ?? false, display);
  if (written.diagnostics.length) return fail(written.diagnostics);
  return {
    ok: true,
    diagnostics: said,
    files,
    written: written.written,
    unchanged: written.unchanged,
    report,
  };
}

/**
 * The files of the specs, each checked by the check stage in memory before anything is written;
 * what the spec format cannot hold is left out with a warning (`tolerate.ts`) and the rest checked
 * again, until every spec passes or an error stands in no part that can be left out.
 */
function leaveOutUntilValid(
  specs: readonly ImportedSpec[],
  outDir: string,
  options: {
    source: string;
    display: (path: string) => string;
    components: ReadonlySet<string>;
    report: ImportReport;
    warn: Parameters<typeof leaveOutInvalid>[5];
  },
): { files: { name: string; text: string; written: WrittenSpec }[]; errors: Diagnostic[] } {
  let current = [...specs];
  for (;;) {
    const files = current.map((s) => ({ name: s.fileName, ...writeSpec(s, options.source, outDir) }));
    const shown = files.map((f) => options.display(resolve(outDir, f.name)));
    const checked = checkSpecs(
      files.map((f, i) => ({ file: shown[i]!, text: f.text, written: f.written })),
      { warnings: false },
    );
    const errors = checked.diagnostics.filter((d) => d.severity === "error");
    if (!errors.length) return { files, errors };
    const next = leaveOutInvalid(
      current,
      errors,
      (file) => shown.indexOf(file),
      options.components,
      options.report,
      options.warn,
    );
    if (!next) return { files, errors };
    current = next;
  }
}

/** Warnings as errors, for `--strict`. */
function asErrors(warnings: readonly Diagnostic[]): Diagnostic[] {
  return warnings.map((d) => ({ ...d, severity: "error" }));
}

/** The names of the document's component schemas. */
function componentNames(root: JsonObject): ReadonlySet<string> {
  const components = isObject(root["components"]) ? root["components"]["schemas"] : undefined;
  return new Set(isObject(components) ? Object.keys(components) : []);
}

/** Warns, into `sink`, at a node of the document. */
function notCarriedWarner(document: OpenApiDocument, sink: Diagnostic[]) {
  const report = documentReporter(document, sink);
  return (path: NodePath, code: string, message: string, hint?: string) =>
    report(path, code, message, { severity: "warning", ...(hint ? { hint } : {}) });
}

/** The report as Markdown: counts, lifted rules by kind, and the sentences left for a reviewer. */
export function reportText(
  source: string,
  report: ImportReport,
  warnings: readonly Diagnostic[] = [],
): string {
  const kinds = Object.entries(report.lifted).sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = [
    `# Import report: ${source}`,
    "",
    `- operations imported: ${report.operations}`,
    `- parameters: ${report.parameters}`,
    `- rules lifted from prose: ${kinds.reduce((n, [, c]) => n + c, 0)} (${kinds.map(([k, c]) => `${k} ${c}`).join(", ") || "none"})`,
    `- sentences that look like rules but were not lifted: ${report.unlifted.length}`,
    `- lists that read one page (no declared paging style fits; OpenAPI has no standard, so none is inferred): ${report.unpaged.length ? report.unpaged.join(", ") : "none"}`,
    `- warnings (what was left out or taken otherwise than the document says): ${warnings.length}`,
    "",
    "## Warnings",
    "",
    ...summarizeDiagnostics(warnings).map((line) => `- ${line}`),
    "",
    ...warnings.map((d) => `- ${formatDiagnostic(d).replace(/\n\s*/g, " ")}`),
    "",
    "## Not lifted (for a reviewer to finish)",
    "",
    ...report.unlifted.map((u) => `- ${u.where}: ${JSON.stringify(u.sentence)}`),
    "",
  ];
  return lines.join("\n");
}
