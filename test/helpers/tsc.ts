/**
 * `tsc -p PROJECT` in this process (PROJECT relative to `cwd`): the diagnostics tsc reports, in its plain format, or "" when
 * there are none. The files of TypeScript's libraries and of `@types` are parsed once and shared by
 * every program a test file makes (as TypeScript's language service shares them), so a test that
 * type-checks many small projects pays for the libraries once instead of a tsc start and parse each.
 */
import { resolve } from "node:path";
import ts from "typescript";
import { ROOT } from "./paths.ts";

const SHARED = /[\\/]node_modules[\\/](typescript[\\/]lib|@types)[\\/]/;
const shared = new Map<string, ts.SourceFile>();

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
    if (diagnostics.length === base) diagnostics.push(...program.getSemanticDiagnostics());
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
