#!/usr/bin/env node
/** CLI: a thin shell over `generate()`. Exit codes: 0 ok, 1 spec problems or stale output, 2 usage error. */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { findSpecs } from "./engine/find-specs.ts";
import { parseArgs } from "node:util";
import { startWorker, stopWorker } from "./engine/worker.ts";
import type { TreeComparison } from "./engine/write.ts";

const USAGE = `Usage: generate [spec files...] [--out DIR] [--check | --watch]
       generate import <document> --out DIR [...]   (see generate import --help)

Generates a typed, validated client package from YAML resource specs.

Arguments:
  spec files    YAML specs to read (default: every .yaml file under spec/, except spec/schema/)

Options:
  --out DIR     output folder (default: generated)
  --check       compare DIR with what would be generated; write nothing; exit 1 listing
                every missing, stale or extra file. When no input changed since DIR was
                generated (spec files, generator sources, templates, lockfile), DIR is
                compared with the hashes its manifest records instead of generating again
  --full        with --check: always generate in memory, never use recorded hashes
  --verbose     print every warning (by default one line per warning code, with a count)
  --watch       generate, then again whenever a file in a spec's folder changes, with the
                tools kept loaded (a run after an edit takes a fraction of a cold one);
                Ctrl-C stops
  -h, --help    show this help

Exit codes: 0 ok, 1 spec problems or stale output, 2 usage error.`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "import") {
    const { importCli } = await import("./import/cli.ts");
    return importCli(argv.slice(1));
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        check: { type: "boolean" },
        full: { type: "boolean" },
        watch: { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`generate: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const outName = parsed.values.out ?? "generated";
  const options = {
    outDir: resolve(outName),
    outName,
    check: parsed.values.check ?? false,
    full: parsed.values.full ?? false,
    verbose: parsed.values.verbose ?? false,
  };
  // The spec files: those named, else every spec under spec/ (found again on each run of --watch).
  const specFiles = () =>
    parsed.positionals.length ? parsed.positionals.map((p) => resolve(p)) : findSpecs(resolve("spec"));
  if (!parsed.values.watch) return generateOnce(specFiles(), options);
  if (options.check) {
    process.stderr.write(`generate: --watch writes; it does not go with --check\n\n${USAGE}\n`);
    return 2;
  }
  const { watchSpecs } = await import("./engine/watch.ts");
  (await import("./targets/ts/builder.ts")).reusePrintedModules();
  return watchSpecs(
    () => [...new Set(specFiles().map((f) => dirname(f)))],
    () => generateOnce(specFiles(), options),
  );
}

interface RunOptions {
  readonly outDir: string;
  /** The output folder as the user named it, for messages. */
  readonly outName: string;
  readonly check: boolean;
  readonly full: boolean;
  /** Print every warning, not one line per code. */
  readonly verbose: boolean;
}

/** Failures of the disk rather than of the generator: said in one line, never as a stack trace. */
const DISK_ERRORS = new Set([
  "ENOSPC",
  "EFBIG",
  "EIO",
  "EDQUOT",
  "EROFS",
  "EACCES",
  "EPERM",
  "EMFILE",
  "ENFILE",
]);

/** One run: check, then generate (or compare); prints its outcome and returns the exit code. */
async function generateOnce(
  specFiles: readonly string[],
  { outDir, outName, check, full, verbose }: RunOptions,
): Promise<number> {
  const started = performance.now();
  if (specFiles.length === 0) {
    process.stderr.write("generate: no spec files given and none found under spec/\n");
    return 2;
  }
  const missing = specFiles.filter((f) => !isFile(f));
  if (missing.length) {
    process.stderr.write(missing.map((f) => `generate: no such spec file: ${f}\n`).join(""));
    return 2;
  }
  // An interrupted write is finished or undone before anything reads the folder, even when this run
  // then fails its spec check or only compares.
  const { recoverOutput } = await import("./engine/write.ts");
  const recovered = recoverOutput(outDir);
  if (recovered)
    process.stderr.write(
      recovered === "completed"
        ? `generate: ${outName} held an interrupted write; it was completed from its journal\n`
        : `generate: ${outName} held an interrupted write; its staged files were discarded and the previous tree stands\n`,
    );
  if (check && !full) {
    const { checkByManifest, inputsFingerprint } = await import("./engine/fingerprint.ts");
    const comparison = checkByManifest(outDir, inputsFingerprint(specFiles, process.cwd()));
    if (comparison) return reportComparison(comparison, outName, started, true);
  }
  // Check first, with the light modules only: a spec problem is printed before any heavy tool loads.
  const { prepare, readSpecSource } = await import("./engine/prepare.ts");
  const { formatDiagnostic, warningLines } = await import("./diagnostics.ts");
  const prepared = prepare(await Promise.all(specFiles.map((f) => readSpecSource(f, process.cwd()))));
  if (!prepared.ok) {
    process.stderr.write(prepared.diagnostics.map(formatDiagnostic).join("\n") + "\n");
    process.stderr.write(`${prepared.diagnostics.length} problem(s); nothing was written.\n`);
    return 1;
  }
  // The worker loads its modules on the second core while this thread loads the pipeline's.
  startWorker();
  const { generate } = await import("./engine/generate.ts");
  const { OutputFolderError } = await import("./engine/write.ts");
  const result = await generate({ specFiles, outDir, prepared, check }).catch((error: unknown) => {
    if (error instanceof OutputFolderError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && DISK_ERRORS.has(code))
      return new OutputFolderError(
        `cannot write ${outName}: ${code} (${(error as Error).message}); the folder is left as it was`,
      );
    throw error;
  });
  if (result instanceof OutputFolderError) {
    process.stderr.write(`generate: ${result.message}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    process.stderr.write(result.diagnostics.map(formatDiagnostic).join("\n") + "\n");
    process.stderr.write(`${result.diagnostics.length} problem(s); nothing was written.\n`);
    return 1;
  }
  if (result.warnings.length) process.stderr.write(warningLines(result.warnings, verbose) + "\n");
  if (result.comparison) return reportComparison(result.comparison, outName, started);
  const { pruneCache } = await import("./engine/cache.ts");
  pruneCache();
  const { written, unchanged, removed } = result.write!;
  process.stdout.write(
    `${written.length} written, ${unchanged} unchanged, ${removed.length} removed in ${seconds}s.\n`,
  );
  return 0;
}

function reportComparison(
  comparison: TreeComparison,
  outName: string,
  started: number,
  byManifest = false,
): number {
  const { missing, stale, extra, unchanged } = comparison;
  const lines = [
    ...missing.map((p) => `missing  ${p}`),
    ...stale.map((p) => `stale    ${p}`),
    ...extra.map((p) => `extra    ${p}`),
  ];
  if (lines.length) {
    process.stderr.write(
      `${lines.join("\n")}\n${lines.length} file(s) out of date in ${outName}; run npm run generate.\n`,
    );
    return 1;
  }
  const how = byManifest ? " (inputs unchanged; compared with the manifest's hashes)" : "";
  process.stdout.write(
    `${unchanged} file(s) up to date${how} in ${((performance.now() - started) / 1000).toFixed(2)}s.\n`,
  );
  return 0;
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // a symlink loop or an unreadable path: reported as "no such spec file"
  }
}

main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`generate: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  )
  .finally(stopWorker);
