/**
 * The pipeline in one function: read -> load -> check (structure, catalog, meaning) -> IR -> symbols
 * -> emit -> format -> compile -> write (or compare). The CLI and the tests both call this (or
 * `renderSpecs`, the same pipeline without the disk); nothing else orchestrates the stages.
 */
import { compareText, SpecError, type Diagnostic } from "../diagnostics.ts";
import type { SpecSource } from "./check-specs.ts";
import { prepare, readSpecSource, type PackageOverride, type Prepared } from "./prepare.ts";
import type { Ir } from "../ir/types.ts";
import { TARGETS, type Target, type TargetOutput } from "../targets/targets.ts";
import { startWorker } from "./worker.ts";
import { finishFiles } from "./finish.ts";
import type { VirtualFile } from "../virtual-file.ts";
import {
  compareTree,
  OutputFolderError,
  outputFolderProblem,
  TreeWriter,
  withManifest,
  type TreeComparison,
  type WriteSummary,
} from "./write.ts";
import { inputsFingerprint } from "./fingerprint.ts";

/** What to generate and where. */
export interface GenerateOptions {
  /** Spec files to read. */
  readonly specFiles: readonly string[];
  /** Output folder. */
  readonly outDir: string;
  /** Compare with `outDir` instead of writing. */
  readonly check?: boolean;
  /** The specs already read and checked (the CLI checks before loading the heavy tools). */
  readonly prepared?: Prepared;
  /** Paths in diagnostics and headers are relative to this folder. Default: process.cwd(). */
  readonly cwd?: string;
  /** The package's name and version in place of the specs' (a project's configuration). */
  readonly package?: PackageOverride;
}

/** The outcome of rendering: the diagnostics (errors), or the IR and every file; warnings either way. */
export type RenderResult =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly ir: Ir;
      readonly files: readonly VirtualFile[];
      readonly warnings: readonly Diagnostic[];
    };

/** The outcome of one run: the rendering's, with what was written or how the folder compared. */
export type GenerateResult =
  | Extract<RenderResult, { ok: false }>
  | (Extract<RenderResult, { ok: true }> & {
      readonly write?: WriteSummary;
      readonly comparison?: TreeComparison;
    });

/** Reads the specs and runs the pipeline; on spec problems returns them and touches nothing. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // A folder the output cannot go into is refused before any work starts.
  const problem = options.check ? null : outputFolderProblem(options.outDir);
  if (problem) throw new OutputFolderError(problem);
  startWorker();
  const cwd = options.cwd ?? process.cwd();
  const sources = options.prepared
    ? []
    : await Promise.all(options.specFiles.map((path) => readSpecSource(path, cwd)));
  // Files reach the staging folder as they are finished; the writer starts with the first of them,
  // so a run that stops at a spec problem touches nothing.
  let writer: TreeWriter | undefined;
  const onFile = options.check
    ? undefined
    : (file: VirtualFile) => (writer ??= new TreeWriter(options.outDir)).add(file);
  let rendered: RenderResult;
  try {
    rendered = await renderSpecs(
      sources,
      options.prepared ?? prepare(sources, options.package ? { package: options.package } : {}),
      TARGETS,
      onFile,
    );
  } catch (error) {
    writer?.abort(error);
    throw error;
  }
  if (!rendered.ok) return rendered;
  const tree = withManifest(rendered.files, inputsFingerprint(options.specFiles, cwd, options.package));
  if (options.check) return { ...rendered, comparison: await compareTree(options.outDir, tree) };
  return { ...rendered, write: await (writer ?? new TreeWriter(options.outDir)).finish(tree) };
}

/**
 * Spec sources -> every output file, in memory: check, IR, the targets, format, compile. Writes
 * nothing; `onFile` is handed each file as it is finished.
 */
export async function renderSpecs(
  sources: readonly SpecSource[],
  prepared: Prepared = prepare(sources),
  targets: readonly Target[] = TARGETS,
  onFile?: (file: VirtualFile) => void,
): Promise<RenderResult> {
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    ir: prepared.ir,
    files: await renderFiles(prepared, targets, onFile),
    warnings: prepared.warnings,
  };
}

/**
 * Every target's files, formatted and compiled, in path order. Each target emits after the targets
 * whose products it uses; all text files go to the worker first, then this thread prints the
 * TypeScript modules while the worker formats them. Each file is handed to `onFile` as soon as it is
 * finished.
 */
export async function renderFiles(
  prepared: Extract<Prepared, { ok: true }>,
  targets: readonly Target[] = TARGETS,
  onFile?: (file: VirtualFile) => void,
): Promise<VirtualFile[]> {
  const input = { ir: prepared.ir, origins: prepared.origins, assets: prepared.assets };
  const products = new Map<string, unknown>();
  const outputs: TargetOutput[] = [];
  for (const target of targets) {
    const output = await target.emit(input, products);
    products.set(target.name, output.product);
    outputs.push(output);
  }
  // When one part fails, the others start no further file; and should the printing throw (an
  // emitter bug), the work already started must not fail unobserved later.
  const cancel = new AbortController();
  const part = <T>(work: Promise<T>) =>
    work.catch((error: unknown) => {
      cancel.abort(error);
      throw error;
    });
  const text = part(
    finishFiles(
      outputs.flatMap((o) => o.text),
      cancel.signal,
      onFile,
    ),
  );
  text.catch(() => undefined);
  const modules = part(
    finishFiles(
      outputs.flatMap((o) => o.modules?.() ?? []),
      cancel.signal,
      onFile,
    ),
  );
  return (await Promise.all([text, modules])).flat().sort((a, b) => compareText(a.path, b.path));
}

/** Like `generate`, but throws SpecError instead of returning diagnostics. */
export async function generateOrThrow(
  options: GenerateOptions,
): Promise<Extract<GenerateResult, { ok: true }>> {
  const result = await generate(options);
  if (!result.ok) throw new SpecError(result.diagnostics);
  return result;
}

export { readSpecSource };
