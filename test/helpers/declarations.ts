/**
 * TypeScript's own isolated declaration emit, the oracle for the compile stage's (oxc's), and the
 * comparison of the two: the same tokens, string literals by value and documentation comments by
 * text. Differences in form only are left out: oxc keeps `override` (valid in declaration files),
 * drops a trailing comma in a list and a `#!` line, may quote a string the other way or break a
 * type-parameter list over lines.
 */
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import ts from "typescript";

/** TypeScript's declarations of one source, without the source-map comment. */
export function typescriptDeclarations(file: { readonly path: string; readonly content: string }): string {
  return ts
    .transpileDeclaration(file.content, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, declaration: true },
      fileName: file.path,
    })
    .outputText.replace(/\n\/\/# sourceMappingURL=.*$/m, "")
    .replace(/\s*$/, "\n");
}

const TRIVIA = new Set([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/** A declaration file's tokens, for comparing what two emitters declare regardless of their layout. */
export function declarationTokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const token = scanner.getTokenText();
    if (kind === ts.SyntaxKind.MultiLineCommentTrivia)
      out.push(
        token
          .split("\n")
          .map((line) => line.replace(/^\s*\*?/, "").trim())
          .join(" "),
      );
    else if (kind === ts.SyntaxKind.StringLiteral) out.push(JSON.stringify(scanner.getTokenValue()));
    else if (!TRIVIA.has(kind) && kind !== ts.SyntaxKind.OverrideKeyword) out.push(token);
  }
  return out.filter((token, k) => !(token === "," && ["}", ">", ")", "]"].includes(out[k + 1]!)));
}

/** The `src/**.ts` paths of a generated package, relative to it with `/`. */
export function packageSources(root: string): string[] {
  return readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `src/${name.split(sep).join("/")}`)
    .sort();
}
