// The format and compile stages for one file, shared by both threads of the pipeline (plain
// JavaScript: the worker gets no TypeScript loader). Format: oxfmt (native code, prettier's format)
// by the file's extension, with prettier's fixed options; prettier itself where oxfmt's native
// binding does not load or `GENERATOR_FORMATTER=prettier` asks for it. prettier stays the definition
// of the format: a test formats every generated file with prettier and expects no change. Compile: each `src/**.ts` file also becomes `dist/**.js` (ES2022 modules, by esbuild)
// and `dist/**.d.ts` (oxc's isolated declaration emit, the same declarations as TypeScript's in about
// a fortieth of the time), file by file, without a type-checking program: the generated code
// annotates every export, so isolated emit is exact.
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

let prettier;
/** prettier, loaded once per thread on first use. */
export const loadPrettier = () => (prettier ??= import("prettier"));
let formatter;
/**
 * The formatter of this thread, loaded once on first use (the worker starts loading it at once):
 * oxfmt, unless `GENERATOR_FORMATTER=prettier` or its native binding does not load here (one is
 * published for every platform oxfmt supports; a probe call proves it loads), then prettier.
 */
export const loadFormatter = () => (formatter ??= chooseFormatter());
async function chooseFormatter() {
  if (process.env.GENERATOR_FORMATTER !== "prettier")
    try {
      const oxfmt = await import("oxfmt");
      if ((await oxfmt.format("probe.ts", "let x=1", PRETTIER_OPTIONS)).code === "let x = 1;\n")
        return { name: "oxfmt", format: (path, text) => formatWithOxfmt(oxfmt, path, text) };
    } catch {
      // No binding for this platform: prettier writes the same bytes, more slowly.
    }
  const { format } = await loadPrettier();
  return {
    name: "prettier",
    format: (path, text) => format(text, { ...PRETTIER_OPTIONS, parser: parserOf(path) }),
  };
}
async function formatWithOxfmt(oxfmt, path, text) {
  const { code, errors } = await oxfmt.format(path, text, PRETTIER_OPTIONS);
  if (errors.length) throw new Error(errors.map((error) => error.codeframe ?? error.message).join("\n"));
  if (!path.endsWith(".ts") || !layoutsDiffer(code)) return code;
  // A construct oxfmt lays out otherwise than prettier: this file is prettier's to format.
  const prettier = await loadPrettier();
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser: parserOf(path) });
}

/**
 * Whether oxfmt's TypeScript holds one of the two constructs it lays out otherwise than prettier
 * (the emitters avoid both; this catches what they miss): a union broken one member a line that
 * prettier keeps on one line, because it fits there (counted generously, but not when a member spans
 * lines: a false alarm costs a prettier load), and a broken `if (!(…))`, which prettier writes `if (!(`
 * on one line.
 */
export function layoutsDiffer(code) {
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1] ?? "";
    const negated = /^\s*!\($/.test(next) || (/^\s*!\(/.test(next) && /^\s*\)$/.test(lines[i + 2] ?? ""));
    if (/^\s*if \($/.test(lines[i]) && negated) return true;
    const start = /^(\s*)\| /.exec(lines[i]);
    // A union starts below a line indented less (its owner); a later member follows one as deep.
    if (!start || /^\s*/.exec(lines[i - 1] ?? "")[0].length >= start[1].length) continue;
    // A member that goes on over lines of its own (an object type that keeps its breaks) breaks the
    // union in prettier's layout too: only a union of one-line members can differ.
    const members = [];
    let j = i;
    for (; lines[j]?.startsWith(`${start[1]}| `); j++) members.push(lines[j].trim().slice(2));
    if (lines[j]?.startsWith(`${start[1]}  `)) continue;
    if (start[1].length + members.join(" | ").length <= PRETTIER_OPTIONS.printWidth) return true;
  }
  return false;
}
let esbuild;
const loadEsbuild = () => (esbuild ??= require("esbuild"));
let oxc;
const loadOxc = () => (oxc ??= require("oxc-transform"));

/** What decides the output of `finishFile` besides the file: tool versions, options and this code. */
export function toolsKey() {
  const version = (name, from = require) =>
    JSON.parse(readFileSync(from.resolve(`${name}/package.json`), "utf8")).version;
  return [
    `prettier ${version("prettier")}`,
    `oxfmt ${version("oxfmt")} ${process.env.GENERATOR_FORMATTER ?? ""}`,
    `esbuild ${version("esbuild")}`,
    `oxc-transform ${version("oxc-transform")}`,
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
  if (!parserOf(file.path) || file.preformatted) return { path: file.path, content: file.content };
  const { name, format } = await loadFormatter();
  try {
    return { path: file.path, content: await format(file.path, file.content) };
  } catch (error) {
    throw new Error(`${name} could not format ${file.path} (an emitter bug): ${error.message}`);
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
  return { path: `${distBase(formatted.path)}.d.ts`, content: declarations(loadOxc(), formatted) };
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

function declarations(oxc, file) {
  const { code, errors } = oxc.isolatedDeclarationSync(file.path, file.content, { sourcemap: false });
  if (errors.length) {
    const text = errors.map((error) => error.codeframe ?? error.message).join("\n");
    throw new Error(`declaration emit of ${file.path} failed (an emitter bug):\n${text}`);
  }
  return typeScriptLayout(code).replace(/\s*$/, "\n");
}

/**
 * oxc's declarations laid out as TypeScript's own emit lays them out, so they read like the rest of
 * the TypeScript world's: four spaces per level instead of a tab, and a documentation comment's
 * continuation lines (the only lines of a declaration file that start with "*") one space in,
 * under the comment's "/**". oxc's tabs are indentation at line starts only.
 */
function typeScriptLayout(code) {
  return code.replace(/^(\t*)(\*?)/gm, (_, tabs, star) => "    ".repeat(tabs.length) + (star && " *"));
}
