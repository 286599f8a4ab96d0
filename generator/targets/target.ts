/**
 * What an output of the generator is: one row of the table in `targets.ts`. A target is a pure
 * function of the IR (and of the repository files it names as assets, which the engine reads for
 * it): it checks what it needs of the spec (its names), then emits its files. It never touches the
 * disk, starts a thread or keeps state; formatting, compiling, tools and the write are the engine's.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { Ir } from "../ir/types.ts";
import type { VirtualFile } from "../virtual-file.ts";

/** Where an IR node was written: `file:line:col` when rendered. */
export type Place = { toString(): string };

/** Repository files a target reads besides the IR, by folder (`templates/`) and file name. */
export type Assets = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** What a target is given. */
export interface TargetInput {
  readonly ir: Ir;
  /** Where each IR node was written, for diagnostics. */
  readonly origins: WeakMap<object, Place>;
  /** The files of the folders the target names in `assets`. */
  readonly assets: Assets;
}

/** What a target emits: text files at once, TypeScript modules when asked (the longer part). */
export interface TargetOutput {
  /** Files finished as they are (Markdown, YAML, JSON): the engine formats them first, on its worker. */
  readonly text: readonly VirtualFile[];
  /** TypeScript modules, printed when called, while the worker formats the text files. */
  readonly modules?: () => readonly VirtualFile[];
  /** What the targets that use this one read. */
  readonly product?: unknown;
}

/** One output of the generator. */
export interface Target {
  /** Its name, such as `client`. */
  readonly name: string;
  /** What it makes, in a few words (for the README's table and `--help`). */
  readonly description: string;
  /** Repository folders it reads (the engine reads them and hands them in; the inputs' fingerprint covers them). */
  readonly assets: readonly string[];
  /** Targets whose `product` it reads: the engine emits those first. */
  readonly uses: readonly string[];
  /** Names its output takes itself (globals, its runtime's exports), which names from a spec should avoid. */
  reserved?(assets: Assets): readonly string[];
  /** Its checks of the spec (the names it would declare), light: nothing heavy is loaded for them. */
  check(input: TargetInput): readonly Diagnostic[];
  /** Its files, unformatted; `products` holds what the targets it uses made. */
  emit(input: TargetInput, products: ReadonlyMap<string, unknown>): Promise<TargetOutput>;
}
