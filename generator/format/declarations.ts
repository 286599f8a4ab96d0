/** `.d.ts` text of generated TypeScript files, by TypeScript's `transpileDeclaration`. */
// ts-morph's own copy of the compiler: already loaded for the emitters, so no second one on this thread.
import { ts } from "ts-morph";
import type { VirtualFile } from "../emit/virtual-file.ts";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  declaration: true,
  isolatedDeclarations: true,
  newLine: ts.NewLineKind.LineFeed,
};

/** The declarations of each file, in order; an emit problem is an emitter bug and throws. */
export async function declarationsOf(files: readonly VirtualFile[]): Promise<string[]> {
  return files.map((file) => {
    const out = ts.transpileDeclaration(file.content, {
      compilerOptions: OPTIONS,
      fileName: file.path,
      reportDiagnostics: true,
    });
    if (out.diagnostics?.length) {
      const text = out.diagnostics
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
        .join("\n");
      throw new Error(`declaration emit of ${file.path} failed (an emitter bug):\n${text}`);
    }
    return out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/m, "").replace(/\s*$/, "\n");
  });
}
