/**
 * Thin builder over ts-morph: emitters hand it plain statement structures; it creates each source
 * file once from them (never node by node) and returns the printed text.
 */
import { Project, StructureKind, VariableDeclarationKind, type StatementStructures, type JSDocStructure, type OptionalKind } from "ts-morph";
import { generatedHeader, type VirtualFile } from "../virtual-file.ts";
import { docText } from "./escape.ts";

export { StructureKind, VariableDeclarationKind };
export type { StatementStructures };

/** A statement as a structure, or as already-formed code text (kept for the rare line a structure cannot say). */
export type Statement = string | StatementStructures;

let project: Project | undefined;

function sharedProject(): Project {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true });
  return project;
}

/** Prints one TypeScript file from its statements, under the generated-file header. */
export function printTs(path: string, sources: readonly string[], statements: readonly Statement[]): VirtualFile {
  const file = sharedProject().createSourceFile(`/${path}`, { statements: [...statements] }, { overwrite: true });
  const text = generatedHeader(sources, "ts") + "\n" + file.getFullText();
  sharedProject().removeSourceFile(file);
  return { path, content: text };
}

/** A TSDoc block from lines of text and `[tag, text]` pairs such as `["defaultValue", "6"]`; all text is escaped. */
export function tsdoc(lines: readonly (string | null | undefined)[], tags: readonly (readonly [string, string])[] = []): OptionalKind<JSDocStructure>[] {
  const body = lines.filter((l): l is string => typeof l === "string" && l.length > 0).map(docText);
  const tagLines = tags.map(([tag, text]) => `@${tag} ${docText(text).replace(/\n/g, " ")}`);
  const description = [...body, ...tagLines].join("\n");
  return description ? [{ description }] : [];
}

/** An `import type { a, b } from "x"` or value import, with sorted names. */
export function importDecl(from: string, names: readonly string[], typeOnly = false): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: from,
    isTypeOnly: typeOnly,
    namedImports: [...new Set(names)].sort(),
  };
}
