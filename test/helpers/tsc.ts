/**
 * `tsc -p PROJECT` in this process (PROJECT relative to `cwd`): the diagnostics tsc reports, in its plain format, or "" when
 * there are none. The files of TypeScript's libraries and of `@types` are parsed once and shared by
 * every program a test file makes (as TypeScript's language service shares them), so a test that
 * type-checks many small projects pays for the libraries once instead of a tsc start and parse each.
 * Their own diagnostics (tsc checks them unless `skipLibCheck`) are computed once per set of
 * options and libraries, then reused: checking lib.dom.d.ts and @types/node again costs about 2 s of
 * CPU a program and can only find what the first check found. A program's own files are checked in
 * full every time; a clash of theirs with a library declaration is reported at them too.
 * `TSC_LIB_CACHE=0` turns the reuse off (to measure it).
 */
import { resolve } from "node:path";
import ts from "typescript";
import { ROOT } from "./paths.ts";

const SHARED = /[\\/]node_modules[\\/](typescript[\\/]lib|@types)[\\/]/;
const shared = new Map<string, ts.SourceFile>();
/** The libraries' semantic diagnostics, by options, libraries in the program and library file. */
const libraryDiagnostics = new Map<string, readonly ts.Diagnostic[]>();

export function tsc(project: string, cwd: string = ROOT): string {
  const configHost: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(resolve(cwd, project), undefined, configHost)!;
  const host = ts.createCompilerHost(config.options);
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!SHARED.test(fileName)) return parse(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = shared.get(key);
    if (!file) {
      file = parse(fileName, languageVersion, onError, shouldCreate);
      if (file) shared.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host,
    projectReferences: config.projectReferences ?? [],
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  // The order and conditions of tsc's own report (executeCommandLine's emitFilesAndReportErrors).
  const diagnostics = [...program.getConfigFileParsingDiagnostics()];
  const base = diagnostics.length;
  diagnostics.push(...program.getSyntacticDiagnostics());
  if (diagnostics.length === base) {
    diagnostics.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    if (diagnostics.length === base) diagnostics.push(...semanticDiagnostics(program));
    if (
      config.options.noEmit &&
      (config.options.declaration || config.options.composite) &&
      diagnostics.length === base
    )
      diagnostics.push(...program.getDeclarationDiagnostics());
  }
  return ts.formatDiagnostics(ts.sortAndDeduplicateDiagnostics(diagnostics), {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => cwd,
    getNewLine: () => "\n",
  });
}

/** `program.getSemanticDiagnostics()`, each shared library file's taken from the cache when checked before. */
function semanticDiagnostics(program: ts.Program): ts.Diagnostic[] {
  const files = program.getSourceFiles();
  const libraries = files.filter((f) => SHARED.test(f.fileName)).map((f) => f.fileName);
  // Options that cannot change a library's diagnostics: where the project and its `paths` lie (which
  // libraries load is in the key), emit settings, and unused-name checks (never made in declaration files).
  const {
    configFilePath: _,
    pathsBasePath: __,
    paths: ___,
    noEmit: ____,
    declaration: _____,
    isolatedDeclarations: ______,
    noUnusedLocals: _______,
    noUnusedParameters: ________,
    ...options
  } = program.getCompilerOptions();
  const key = JSON.stringify([options, libraries]);
  return files.flatMap((file) => {
    if (!SHARED.test(file.fileName) || process.env["TSC_LIB_CACHE"] === "0")
      return program.getSemanticDiagnostics(file);
    const at = `${key}\0${file.fileName}`;
    let found = libraryDiagnostics.get(at);
    if (!found) libraryDiagnostics.set(at, (found = program.getSemanticDiagnostics(file)));
    return found;
  });
}
