/**
 * Compile stage: each generated `src/**.ts` file also becomes `dist/**.js` (ES2022 modules) and
 * `dist/**.d.ts`, file by file, without a type-checking program (the generated code carries explicit
 * types on every export, so isolated declaration emit is exact).
 */
import ts from "typescript";
import type { VirtualFile } from "../emit/virtual-file.ts";
import { compareText } from "../diagnostics.ts";

const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};
const DTS_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

/** Returns the files plus the compiled output of every `src/` TypeScript file, in path order. */
export function compileFiles(files: readonly VirtualFile[]): VirtualFile[] {
  const out: VirtualFile[] = [...files];
  for (const file of files) {
    if (!file.path.startsWith("src/") || !file.path.endsWith(".ts")) continue;
    const base = "dist/" + file.path.slice("src/".length, -".ts".length);
    const js = ts.transpileModule(file.content, { compilerOptions: JS_OPTIONS, fileName: file.path, reportDiagnostics: true });
    const dts = ts.transpileDeclaration(file.content, { compilerOptions: DTS_OPTIONS, fileName: file.path, reportDiagnostics: true });
    const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
    if (problems.length) {
      const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
      throw new Error(`compiling ${file.path} failed (an emitter bug):\n${text}`);
    }
    out.push({ path: `${base}.js`, content: stripMap(js.outputText) }, { path: `${base}.d.ts`, content: stripMap(dts.outputText) });
  }
  return out.sort((a, b) => compareText(a.path, b.path));
}

function stripMap(text: string): string {
  return text.replace(/\n\/\/# sourceMappingURL=.*$/m, "").replace(/\s*$/, "\n");
}
