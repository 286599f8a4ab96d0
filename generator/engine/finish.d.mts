/** Types of `finish.mjs` (plain JavaScript, shared with the worker thread). */
import type { Options } from "prettier";
import type { VirtualFile } from "../virtual-file.ts";

/** Fixed options, never read from the user's configuration, so output is the same everywhere. */
export declare const PRETTIER_OPTIONS: Options;
/** What decides the output of `finishFile` besides the file: tool versions, options and this code. */
export declare function toolsKey(): string;
/** Whether `finishFile` has work to do for this file (otherwise it returns the file as it is). */
export declare function needsFinishing(file: VirtualFile): boolean;
/** The file formatted, then, for a `src/**.ts` file, its `.js` and `.d.ts`. Errors are emitter bugs. */
export declare function finishFile(file: VirtualFile): Promise<VirtualFile[]>;
/** The file as prettier formats it (preformatted files and files prettier has no parser for as they are). */
export declare function formatFile(file: VirtualFile): Promise<VirtualFile>;
/** `dist/**.js` of a formatted `src/**.ts` file. */
export declare function javascriptFile(formatted: VirtualFile): Promise<VirtualFile>;
/** `dist/**.d.ts` of a formatted `src/**.ts` file. */
export declare function declarationFile(formatted: VirtualFile): VirtualFile;
/** The format stage's formatter (oxfmt, or prettier where oxfmt cannot load), loaded once per thread. */
export declare function loadFormatter(): Promise<{
  readonly name: "oxfmt" | "prettier";
  format(path: string, text: string): Promise<string>;
}>;
/** Whether oxfmt's TypeScript holds a construct it lays out otherwise than prettier. */
export declare function layoutsDiffer(code: string): boolean;
/** prettier, loaded once per thread on first use. */
export declare function loadPrettier(): Promise<typeof import("prettier")>;
/** Whether a path is a TypeScript source the compile stage turns into `dist/` files. */
export declare function isSource(path: string): boolean;
