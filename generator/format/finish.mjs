// The format and compile stages for one file, shared by both threads of the pipeline (plain
// JavaScript: the worker gets no TypeScript loader). Format: prettier by the file's extension, with
// fixed options. Compile: each `src/**.ts` file also becomes `dist/**.js` (ES2022 modules, by esbuild)
// and `dist/**.d.ts` (TypeScript's isolated declaration emit), file by file, without a type-checking
// program: the generated code annotates every export, so isolated emit is exact.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Fixed options, never read from the user's configuration, so output is the same everywhere. */
export const PRETTIER_OPTIONS = JSON.parse(
  readFileSync(new URL("./prettier-options.json", import.meta.url), "utf8"),
);

// TypeScript goes through prettier's babel-ts parser: about 40% faster than its typescript parser
// and, on generated code, the same output (a test formats every generated file with the typescript
// parser and expects no change).
const PARSERS = { ts: "babel-ts", md: "markdown", json: "json", yaml: "yaml" };

/** TypeScript as ts-morph carries it: the emitters' compiler, so one version decides the declarations. */
const typescript = () => createRequire(require.resolve("ts-morph"))("@ts-morph/common").ts;

let prettier;
/** prettier, loaded once per thread on first use (the worker starts loading it at once). */
export const loadPrettier = () => (prettier ??= import("prettier"));
let esbuild;
const loadEsbuild = () => (esbuild ??= require("esbuild"));
let ts;
/** TypeScript, loaded once per thread on first use (the worker loads it while idle). */
export const loadTypeScript = () => (ts ??= typescript());

/** What decides the output of `finishFile` besides the file: tool versions, options and this code. */
export function toolsKey() {
  const version = (name, from = require) =>
    JSON.parse(readFileSync(from.resolve(`${name}/package.json`), "utf8")).version;
  const morph = createRequire(require.resolve("ts-morph"));
  return [
    `prettier ${version("prettier")}`,
    `esbuild ${version("esbuild")}`,
    `typescript ${version("@ts-morph/common", morph)}`,
    JSON.stringify(PRETTIER_OPTIONS),
    readFileSync(new URL(import.meta.url), "utf8"),
  ].join("\0");
}

/** Whether `finishFile` has work to do for this file (otherwise it returns the file as it is). */
export function needsFinishing(file) {
  return isSource(file.path) || (!file.preformatted && parserOf(file.path) !== undefined);
}

/** The file formatted, then, for a `src/**.ts` file, its `.js` and `.d.ts`. Errors are emitter bugs. */
export async function finishFile(file) {
  return compileFile(await formatFile(file));
}

/** The file as prettier formats it (preformatted files and files prettier has no parser for as they are). */
export async function formatFile(file) {
  const parser = parserOf(file.path);
  if (!parser || file.preformatted) return { path: file.path, content: file.content };
  const prettier = await loadPrettier();
  try {
    return { path: file.path, content: await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser }) };
  } catch (error) {
    throw new Error(`prettier could not format ${file.path} (an emitter bug): ${error.message}`);
  }
}

/** A formatted file, then, for a `src/**.ts` file, its `.js` and `.d.ts`. */
async function compileFile(formatted) {
  if (!isSource(formatted.path)) return [formatted];
  return [formatted, await javascriptFile(formatted), declarationFile(formatted)];
}

/** `dist/**.js` of a formatted `src/**.ts` file. */
export async function javascriptFile(formatted) {
  return { path: `${distBase(formatted.path)}.js`, content: await javascript(loadEsbuild(), formatted) };
}

/** `dist/**.d.ts` of a formatted `src/**.ts` file. */
export function declarationFile(formatted) {
  return { path: `${distBase(formatted.path)}.d.ts`, content: declarations(loadTypeScript(), formatted) };
}

const distBase = (path) => "dist/" + path.slice("src/".length, -".ts".length);
/** Whether a path is a TypeScript source the compile stage turns into `dist/` files. */
export const isSource = (path) => path.startsWith("src/") && path.endsWith(".ts");
const parserOf = (path) => PARSERS[path.slice(path.lastIndexOf(".") + 1)];

/** esbuild works in its own process: the asynchronous call leaves this thread free meanwhile. */
async function javascript(esbuild, file) {
  const header = file.content.slice(0, file.content.indexOf("\n\n") + 1);
  const result = await esbuild.transform(file.content, {
    loader: "ts",
    format: "esm",
    target: "es2022",
    sourcefile: file.path,
    legalComments: "none",
    // esbuild keeps a leading #! line itself; the banner repeats only the generated-file header.
    banner: header.replace(/^#!.*\n/, "").trimEnd(),
  });
  return result.code;
}

function declarations(ts, file) {
  const out = ts.transpileDeclaration(file.content, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      declaration: true,
      isolatedDeclarations: true,
      newLine: ts.NewLineKind.LineFeed,
    },
    fileName: file.path,
    reportDiagnostics: true,
  });
  if (out.diagnostics?.length) {
    const text = out.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    throw new Error(`declaration emit of ${file.path} failed (an emitter bug):\n${text}`);
  }
  return out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/m, "").replace(/\s*$/, "\n");
}
