/**
 * Every export of the generated TypeScript has TSDoc: each exported declaration of the committed
 * package and of every fixture package (hostile strings, all kinds, two files of one service),
 * local servers included. Re-exports (`export { x } from`) carry their declaration's.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FIXTURES, GENERATED, snapshotTree } from "../helpers/paths.ts";

/** The exported declarations of a module that have no TSDoc, as `path: first line`. */
function undocumented(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  return file.statements
    .filter(
      (s) =>
        !ts.isExportDeclaration(s) &&
        ts.canHaveModifiers(s) &&
        ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        ts.getJSDocCommentsAndTags(s).length === 0,
    )
    .map((s) => `${path}: ${s.getText(file).split("\n")[0]}`);
}

const packages: [string, string][] = [
  ["the committed package", GENERATED],
  ...["hostile", "kinds", "merged"].map((name): [string, string] => [
    `the ${name} fixture`,
    join(FIXTURES, name, "expected"),
  ]),
];

describe("TSDoc on every export", () => {
  it.each(packages)("%s", (_, dir) => {
    const sources = [...snapshotTree(join(dir, "src"))].filter(([path]) => path.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(10);
    const exported = sources.flatMap(([path, text]) => undocumented(path, text));
    expect(exported).toEqual([]);
  });

  it("notices an export without TSDoc", () => {
    expect(
      undocumented("a.ts", "/** Documented. */\nexport const a = 1;\nexport function b(): void {}\n"),
    ).toEqual(["a.ts: export function b(): void {}"]);
  });
});
