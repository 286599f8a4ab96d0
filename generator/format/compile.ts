/**
 * Compile stage: each generated `src/**.ts` file also becomes `dist/**.js` (ES2022 modules, by
 * esbuild) and `dist/**.d.ts` (by TypeScript's isolated declaration emit), file by file, without a
 * type-checking program: the generated code annotates every export, so isolated emit is exact.
 */
import { transformSync } from "esbuild";
import type { VirtualFile } from "../emit/virtual-file.ts";
import { compareText } from "../diagnostics.ts";
import { declarationsOf } from "./declarations.ts";

/** Returns the files plus the compiled output of every `src/` TypeScript file, in path order. */
export async function compileFiles(files: readonly VirtualFile[]): Promise<VirtualFile[]> {
  const sources = files.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts"));
  const declarations = await declarationsOf(sources);
  const out: VirtualFile[] = [...files];
  sources.forEach((file, i) => {
    const base = "dist/" + file.path.slice("src/".length, -".ts".length);
    const header = file.content.slice(0, file.content.indexOf("\n\n") + 1);
    const js = transformSync(file.content, {
      loader: "ts",
      format: "esm",
      target: "es2022",
      sourcefile: file.path,
      legalComments: "none",
      // esbuild keeps a leading #! line itself; the banner repeats only the generated-file header.
      banner: header.replace(/^#!.*\n/, "").trimEnd(),
    });
    out.push({ path: `${base}.js`, content: js.code }, { path: `${base}.d.ts`, content: declarations[i]! });
  });
  return out.sort((a, b) => compareText(a.path, b.path));
}
