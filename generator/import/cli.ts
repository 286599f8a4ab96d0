/** `generate import`: the importer's command line, a thin shell over `importDocument`. */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatDiagnostic, warningLines } from "../diagnostics.ts";
import { importDocument, reportText, type ImportOptions, type ImportResult } from "./import.ts";

/**
 * What runs the import: `importDocument`, or the programmatic API's `importOpenApi` (which reads
 * the project's configuration for the output folder and conventions when they are not given).
 */
export type Importer = (
  options: Omit<ImportOptions, "outDir" | "document"> & { readonly document: string; readonly out?: string },
) => Promise<ImportResult>;

const direct: Importer = ({ out, ...options }) => importDocument({ ...options, outDir: out! });

export const IMPORT_USAGE = `Usage: resource-client-generator import <document.yaml|json> [--out DIR] [--path PREFIX] [--service NAME]
                       [--conventions FILE] [--report FILE] [--force] [--strict] [--verbose]

Imports an OpenAPI 3.x document into spec files (one per resource), lifting the rules its
descriptions state in prose into data. Every spec is checked before anything is written.

Options:
  --out DIR           folder for the spec files (for example spec/verify/); default: the folder
                      of the configuration's specs (resource-client-generator.config.json)
  --path PREFIX       import only the paths that start with PREFIX
  --service NAME      the service name (default: from the document's title)
  --conventions FILE  the API's conventions: package, auth, error body, paging, local server
                      (spec/import/twilio.yaml for Twilio's documents); default: the
                      configuration's conventions
  --report FILE       write the report (Markdown): counts, rules lifted by kind, sentences not lifted
  --force             overwrite spec files edited since their import (or not imported at all)
  --strict            refuse the document (write nothing) when the import warns of anything,
                      such as an operation, parameter, field or schema left out
  --verbose           list every warning (by default one line per warning code, with a count;
                      the report lists each too)

A re-import writes identical bytes, and refuses to overwrite a file edited since its import.
Exit codes: 0 ok, 1 problems in the document or an edited file in the way, 2 usage error.`;

/** Runs the subcommand; returns the exit code. Without `run` (the API's importer), `--out` is required. */
export async function importCli(argv: readonly string[], run?: Importer): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        path: { type: "string" },
        service: { type: "string" },
        conventions: { type: "string" },
        report: { type: "string" },
        force: { type: "boolean" },
        strict: { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`generate import: ${(error as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [document, ...extra] = parsed.positionals;
  if (!document || extra.length || (!run && !parsed.values.out)) {
    process.stderr.write(`generate import: give one document${run ? "" : " and --out"}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  let unreadable = "";
  const result = await (run ?? direct)({
    document,
    ...(parsed.values.out === undefined ? {} : { out: parsed.values.out }),
    prefix: parsed.values.path ?? null,
    service: parsed.values.service ?? null,
    ...(parsed.values.conventions === undefined ? {} : { conventions: parsed.values.conventions }),
    force: parsed.values.force ?? false,
    strict: parsed.values.strict ?? false,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT" && error.code !== "ENOTREG" && error.code !== "EACCES") throw error;
    unreadable = error.code === "ENOTREG" ? ": not a regular file" : "";
    return null;
  });
  if (!result) {
    process.stderr.write(
      `generate import: cannot read a file it was given (${document}${parsed.values.conventions ? ` or ${parsed.values.conventions}` : ""})${unreadable}\n`,
    );
    return 2;
  }
  const verbose = parsed.values.verbose ?? false;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const warnings = result.diagnostics.filter((d) => d.severity === "warning");
  const lines = [
    ...errors.map(formatDiagnostic),
    ...(warnings.length ? [warningLines(warnings, verbose)] : []),
  ];
  if (lines.length) process.stderr.write(`${lines.join("\n")}\n`);
  if (!result.ok) {
    process.stderr.write(`${errors.length} problem(s); nothing was written.\n`);
    return 1;
  }
  if (parsed.values.report && result.report)
    writeFileSync(parsed.values.report, reportText(document, result.report, warnings));
  const r = result.report!;
  const lifted = Object.values(r.lifted).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${r.operations} operations in ${result.files.length} spec files (${result.written.length} written, ${result.unchanged.length} unchanged); ` +
      `${lifted} rules lifted from prose, ${r.unlifted.length} sentences left for review; ${((performance.now() - started) / 1000).toFixed(2)}s.\n`,
  );
  return 0;
}
