/**
 * The programmatic API: `generate`, `check` and `importOpenApi`, what the command line itself runs.
 * Each reads the project's configuration (see `config.ts`), lets its options override it, and
 * returns typed results with compiler-style diagnostics and the exit code the CLI would give; none
 * prints anything or exits the process.
 */
import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import type { ImportOptions, ImportResult } from "../import/import.ts";
import {
  checkPackage,
  ConfigError,
  loadConfig,
  packageOverride,
  specFilesOf,
  specFolderOf,
} from "./config.ts";
import type { ToolConfig } from "./config.ts";

export type { Diagnostic } from "../diagnostics.ts";
export type { ToolConfig } from "./config.ts";
export type { ImportReport } from "../import/context.ts";

/** Where the options of every call start from. */
export interface ProjectOptions {
  /** The project folder: the configuration is looked for here and relative paths start here. Default: `process.cwd()`. */
  readonly cwd?: string;
  /** A configuration file to read instead of looking for one; `false` reads none. */
  readonly config?: string | false;
}

/** What `generate` and `check` take; each key overrides the configuration's. */
export interface GenerateOptions extends ProjectOptions {
  /** Spec files, folders or globs, relative to `cwd`. */
  readonly specs?: readonly string[];
  /** Output folder, relative to `cwd`. */
  readonly out?: string;
  /** The generated package's name, version and npm scope (each key overrides the configuration's). */
  readonly package?: ToolConfig["package"];
  /** How the tool was run (the CLI's command line): named by a stale `check` when the configuration has no `command`. */
  readonly invokedAs?: string;
}

/** What `check` takes. */
export interface CheckOptions extends GenerateOptions {
  /** Always generate in memory; never trust the manifest's recorded hashes. */
  readonly full?: boolean;
}

/** How the output folder differs from what would be generated (paths relative to it). */
export interface Comparison {
  /** Files that would be generated and are not there. */
  readonly missing: readonly string[];
  /** Files whose bytes differ from what would be generated. */
  readonly stale: readonly string[];
  /** Files in the folder that would not be generated (left from earlier runs). */
  readonly extra: readonly string[];
  /** How many files are as they would be generated. */
  readonly unchanged: number;
  /** Whether the inputs were unchanged, so the folder was compared with its manifest's hashes. */
  readonly byManifest: boolean;
}

/** The outcome of `generate` or `check`. */
export interface RunResult {
  /** 0 ok, 1 spec problems, stale output or a folder that cannot be written, 2 usage error. */
  readonly exitCode: 0 | 1 | 2;
  /** Problems in the specs (errors) and warnings, located `file:line:col`. */
  readonly diagnostics: readonly Diagnostic[];
  /** A problem that has no place in a spec (usage, configuration, the disk), or null. */
  readonly problem: string | null;
  /** Things done on the way (an interrupted write finished or undone). */
  readonly notices: readonly string[];
  /** The spec files read, absolute. */
  readonly specFiles: readonly string[];
  /** The output folder, absolute. */
  readonly outDir: string;
  /** The output folder as the user named it (or relative to `cwd`), for messages. */
  readonly outName: string;
  /** `generate`: what was written. */
  readonly write?: {
    readonly written: readonly string[];
    readonly unchanged: number;
    readonly removed: readonly string[];
  };
  /** `check`: how the folder compares. */
  readonly comparison?: Comparison;
  /** The command that regenerates the output in this project (for a stale `check`'s hint). */
  readonly regenerate: string;
  /** Wall time in seconds. */
  readonly seconds: number;
}

/** Generates the client package from the specs into the output folder (all or nothing). */
export function generate(options: GenerateOptions = {}): Promise<RunResult> {
  return run(options, false, false);
}

/** Compares the output folder with what would be generated; writes nothing. Exit code 1 when it differs. */
export function check(options: CheckOptions = {}): Promise<RunResult> {
  return run(options, true, options.full ?? false);
}

/** The run's inputs from the configuration and the options, or a usage problem. */
function settle(options: GenerateOptions): {
  cwd: string;
  config: ToolConfig;
  specFiles: string[];
  outName: string;
  outDir: string;
  override: ReturnType<typeof packageOverride>;
} {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded =
    options.config === false ? { config: {} as ToolConfig, dir: cwd } : loadConfig(cwd, options.config);
  const config = loaded.config;
  const pkg = { ...config.package, ...options.package };
  checkPackage(pkg, "the package options");
  const specFiles = options.specs?.length
    ? specFilesOf(options.specs, cwd)
    : specFilesOf(config.specs ?? ["spec"], loaded.dir);
  const outDir = options.out ? resolve(cwd, options.out) : resolve(loaded.dir, config.out ?? "generated");
  const outName = options.out ?? (relative(cwd, outDir).split(sep).join("/") || ".");
  // A scope alone goes before the spec's own name, known only once the specs are checked.
  const override = packageOverride(pkg);
  return { cwd, config, specFiles, outDir, outName, override };
}

async function run(options: GenerateOptions, check: boolean, full: boolean): Promise<RunResult> {
  const started = performance.now();
  const seconds = () => Number(((performance.now() - started) / 1000).toFixed(2));
  let settled: ReturnType<typeof settle>;
  try {
    settled = settle(options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return usage(error.message, options, seconds());
  }
  const { cwd, config, specFiles, outDir, outName } = settled;
  const base = {
    diagnostics: [] as Diagnostic[],
    problem: null,
    notices: [] as string[],
    specFiles,
    outDir,
    outName,
    regenerate: config.command ?? options.invokedAs ?? "npx resource-client-generator",
  };
  const fail = (exitCode: 1 | 2, problem: string): RunResult => ({
    ...base,
    exitCode,
    problem,
    seconds: seconds(),
  });
  if (specFiles.length === 0)
    return fail(2, "no spec files given and none found (spec/ or the configuration's specs)");
  const missing = specFiles.filter((f) => !isFile(f));
  if (missing.length) return fail(2, missing.map((f) => `no such spec file: ${f}`).join("\n"));
  // An interrupted write is finished or undone before anything reads the folder.
  const { recoverOutput, OutputFolderError } = await import("../engine/write.ts");
  const recovered = recoverOutput(outDir);
  if (recovered)
    base.notices.push(
      recovered === "completed"
        ? `${outName} held an interrupted write; it was completed from its journal`
        : `${outName} held an interrupted write; its staged files were discarded and the previous tree stands`,
    );
  const override = settled.override;
  if (check && !full) {
    const { checkByManifest, inputsFingerprint } = await import("../engine/fingerprint.ts");
    const comparison = checkByManifest(outDir, inputsFingerprint(specFiles, cwd, override));
    if (comparison) return compared(base, { ...comparison, byManifest: true }, seconds());
  }
  // Check first, with the light modules only: a spec problem is reported before any heavy tool loads.
  const { prepare, readSpecSource } = await import("../engine/prepare.ts");
  const sources = await Promise.all(specFiles.map((f) => readSpecSource(f, cwd)));
  const prepared = prepare(sources, override ? { package: override } : {});
  if (!prepared.ok) return { ...base, exitCode: 1, diagnostics: prepared.diagnostics, seconds: seconds() };
  const { startWorker } = await import("../engine/worker.ts");
  startWorker(); // loads its modules on the second core while this thread loads the pipeline's
  const engine = await import("../engine/generate.ts");
  const result = await engine
    .generate({ specFiles, outDir, prepared, check, cwd, ...(override ? { package: override } : {}) })
    .catch((error: unknown) => {
      if (error instanceof OutputFolderError) return error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code && DISK_ERRORS.has(code))
        return new OutputFolderError(
          `cannot write ${outName}: ${code} (${(error as Error).message}); the folder is left as it was`,
        );
      throw error;
    });
  if (result instanceof OutputFolderError) return fail(1, result.message);
  if (!result.ok) return { ...base, exitCode: 1, diagnostics: result.diagnostics, seconds: seconds() };
  const warned = { ...base, diagnostics: result.warnings };
  if (result.comparison) return compared(warned, { ...result.comparison, byManifest: false }, seconds());
  const { pruneCache } = await import("../engine/cache.ts");
  pruneCache();
  return { ...warned, exitCode: 0, write: result.write!, seconds: seconds() };
}

function compared(
  base: Omit<RunResult, "exitCode" | "seconds">,
  comparison: Comparison,
  seconds: number,
): RunResult {
  const stale = comparison.missing.length + comparison.stale.length + comparison.extra.length > 0;
  return { ...base, exitCode: stale ? 1 : 0, comparison, seconds };
}

function usage(problem: string, options: GenerateOptions, seconds: number): RunResult {
  const outName = options.out ?? "generated";
  return {
    exitCode: 2,
    diagnostics: [],
    problem,
    notices: [],
    specFiles: [],
    outDir: resolve(options.cwd ?? process.cwd(), outName),
    outName,
    regenerate: options.invokedAs ?? "npx resource-client-generator",
    seconds,
  };
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

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // a symlink loop or an unreadable path: reported as "no such spec file"
  }
}

/** What `importOpenApi` takes: the importer's options, with `out` and `conventions` defaulting to the configuration's. */
export type ImportOpenApiOptions = ProjectOptions &
  Omit<ImportOptions, "outDir" | "cwd"> & {
    /** Folder for the spec files. Default: the folder of the configuration's specs (`spec`). */
    readonly out?: string;
  };

/** The outcome of an import: the importer's, with the folder the specs went to (absolute). */
export type ImportOpenApiResult = ImportResult & { readonly outDir: string };

/**
 * Imports an OpenAPI document into spec files; writes them only when every one passes the check.
 * Throws `ConfigError` when the configuration is wrong, or when neither `out` nor a configuration
 * file says where the specs go.
 */
export async function importOpenApi(options: ImportOpenApiOptions): Promise<ImportOpenApiResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded =
    options.config === false
      ? { config: {} as ToolConfig, dir: cwd, file: null }
      : loadConfig(cwd, options.config);
  if (!options.out && loaded.file === null)
    throw new ConfigError("import needs --out (out), or a configuration file whose specs name the folder");
  const outDir = options.out
    ? resolve(cwd, options.out)
    : specFolderOf(loaded.config.specs ?? ["spec"], loaded.dir);
  const conventions =
    options.conventions ??
    (loaded.config.conventions ? resolve(loaded.dir, loaded.config.conventions) : null);
  const { importDocument } = await import("../import/import.ts");
  const result = await importDocument({
    document: resolve(cwd, options.document),
    outDir,
    prefix: options.prefix ?? null,
    service: options.service ?? null,
    conventions: conventions === null ? null : resolve(cwd, conventions),
    force: options.force ?? false,
    strict: options.strict ?? false,
    dryRun: options.dryRun ?? false,
    cwd,
  });
  return { ...result, outDir };
}

export { ConfigError } from "./config.ts";
